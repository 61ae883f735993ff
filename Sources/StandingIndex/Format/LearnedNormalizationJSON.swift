import CRMModel
import Normalization

/// What normalization learned from a base (``LearnedNormalization``) as JSON text:
/// `{"family_names": [...], "readings": [["田中", "tanaka"], ...]}`.
enum LearnedNormalizationJSON {
    static func encode(_ learned: LearnedNormalization) -> String {
        JSONValue.object(JSONObject([
            "family_names": .array(learned.familyNames.map { .string($0) }),
            "readings": .array(learned.readings.map { .array([.string($0.kanji), .string($0.readingKey)]) }),
        ])).serialized()
    }

    static func decode(_ text: String) throws(StandingIndexError) -> LearnedNormalization {
        guard case .object(let top)? = try? JSONValue(parsing: text),
              case .array(let names)? = top["family_names"], case .array(let readings)? = top["readings"] else {
            throw .damaged("the learned normalization is not the JSON the writer stores")
        }
        var pairs: [(kanji: String, readingKey: String)] = []
        for case .array(let pair) in readings {
            guard pair.count == 2, let kanji = pair[0].stringValue, let key = pair[1].stringValue else {
                throw .damaged("a learned reading is not a [kanji, key] pair")
            }
            pairs.append((kanji, key))
        }
        return LearnedNormalization(familyNames: names.compactMap(\.stringValue), readings: pairs)
    }
}

import CRMModel
import Matching
import Normalization
import StandingIndex
import Store
import StoredRuns

/// The model of an earlier run, as a later run keeps it: m, u and the prior (the run's stored
/// scoring model), the value counts it weighed exact matches by (``FrozenFrequencies``), and
/// what its normalization learned from its base (family names that split a full name, kanji
/// readings: from the run's standing index), without which a record that did not change could
/// key differently once other records change.
///
/// "The same model" means all of these: two runs over one base with the same kept model give
/// the same pairs with the same weights, bit for bit, which is what an incremental run is
/// checked against (`run --full --model-from RUN`).
public struct KeptModel: Sendable {
    public let runID: Int64
    let model: ScoringModel
    let frequencies: FrozenFrequencies
    let learned: LearnedNormalization
    /// Which m the earlier run learned or kept, stated again by the runs that keep its model.
    let weights: WeightSource
    let trainedModel: String?
    let scoringModel: String

    /// The model run `runID` scored with; throws, saying what to do, when it kept none.
    public static func load(databasePath: String, runID: Int64) throws -> KeptModel {
        let store = try Workspace.openExistingStore(databasePath, mode: .readOnly)
        return try load(store: store, runID: runID)
    }

    /// `index`: the run's standing index when the caller opened it already.
    static func load(store: CustomerStore, runID: Int64, index: StandingIndex? = nil) throws -> KeptModel {
        guard let run = try store.run(id: runID), run.finishedAt != nil else {
            throw PipelineError("there is no finished run \(runID) to take the model from",
                                hint: "`tcdedupe status` lists the runs; give one that finished")
        }
        guard let text = run.scoringModel, let model = ModelJSON.decode(text) else {
            throw PipelineError("run \(runID) stored no scoring model (it predates stored models)",
                                hint: "run a full run first and take the model from it")
        }
        guard let bytes = try store.standingPart(runID: runID, name: "frequencies", as: UInt8.self),
              let frequencies = FrozenFrequencies(serialized: bytes) else {
            throw PipelineError("run \(runID) kept no value counts with its model (it predates incremental runs)",
                                hint: "run `tcdedupe run --full` once; later runs can keep its model")
        }
        let learned: LearnedNormalization
        do { learned = try (index ?? StandingIndex.open(store: store, runID: runID)).learned } catch {
            throw PipelineError("run \(runID) has no standing index any more (only the newest full run keeps one): \(error)",
                                hint: "run `tcdedupe run --full`; later runs keep its model")
        }
        return KeptModel(runID: runID, model: model, frequencies: frequencies, learned: learned, weights: weightSource(summary: run.summary),
                         trainedModel: run.trainedModel, scoringModel: text)
    }

    /// The weights statement of a stored summary, read back.
    static func weightSource(summary: String?) -> WeightSource {
        guard let summary, case .object(let top)? = try? JSONValue(parsing: summary),
              case .object(let weights)? = top["weights"] else {
            return .ruleDefaults(reason: "as the earlier run")
        }
        if weights["source"]?.stringValue == "learned" {
            return .learned(iterations: weights["iterations"]?.intValue ?? 0, trainingPairs: weights["training_pairs"]?.intValue ?? 0)
        }
        return .ruleDefaults(reason: weights["reason"]?.stringValue ?? "as the earlier run")
    }
}

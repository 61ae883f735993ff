import Normalization

/// The API's rule for phones on write, as strict as a real server can be: E.164 (`+` then 2 to
/// 15 digits, the first not 0), and a number that its country's numbering plan accepts, checked
/// with the same phone normalizer the engine uses to decide what may be written (so the engine
/// and its rehearsal server agree on "valid", whatever that normalizer's tables are).
///
/// A refused phone fails the whole PUT with 422, as the published page's "Phones must be in
/// E.164 format" lets a server do: a merge that carried one invalid old number would be lost.
enum PhoneRule {
    static func isE164(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 3, bytes.count <= 16, bytes[0] == UInt8(ascii: "+"),
              bytes[1] >= UInt8(ascii: "1"), bytes[1] <= UInt8(ascii: "9") else { return false }
        return bytes.dropFirst().allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// E.164 in form, and the normalizer reads it back as that same valid number.
    static func isValid(_ text: String) -> Bool {
        isE164(text) && normalizer.normalize(text).e164 == text
    }

    private static let normalizer = PhoneNormalizer(defaultCountry: "JP")

    static func check(_ text: String) throws(APIFailure) {
        guard isE164(text) else {
            throw APIFailure.validation("phones: \"\(text)\" is not a valid phone number in E.164 format (like +81312345678)")
        }
        guard isValid(text) else {
            throw APIFailure.validation("phones: \"\(text)\" is not a valid phone number (no such number in its country's numbering plan)")
        }
    }
}

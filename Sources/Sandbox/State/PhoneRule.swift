/// The API's rule for phones on write: E.164, `+` then 2 to 15 digits, the first not 0.
enum PhoneRule {
    static func isE164(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 3, bytes.count <= 16, bytes[0] == UInt8(ascii: "+"),
              bytes[1] >= UInt8(ascii: "1"), bytes[1] <= UInt8(ascii: "9") else { return false }
        return bytes.dropFirst().allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    static func check(_ text: String) throws(APIFailure) {
        guard isE164(text) else {
            throw APIFailure.validation("phones: \"\(text)\" is not a valid phone number in E.164 format (like +81312345678)")
        }
    }
}

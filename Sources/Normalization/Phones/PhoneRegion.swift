/// A region libphonenumber can read national numbers in, from what a rules file or an export
/// writes as a country.
///
/// Exports write the customer's address country as an ISO 3166 alpha-2 code (`"JP"`, `"kr"`);
/// `"UK"`, common in hand-made files, means `GB`. Anything else (`"Japan"`, `"日本"`, a blank)
/// is no region: the caller then falls back to the franchise's or the rules' default, rather than
/// guessing from a name.
public struct PhoneRegion: Sendable, Hashable, CustomStringConvertible {
    /// Upper-case ISO 3166 alpha-2 code (`"JP"`).
    public let code: String
    /// The two letters packed in 16 bits, for compact cache keys.
    let packed: UInt16

    /// nil unless `text` is a two-letter code libphonenumber has a numbering plan for.
    public init?(_ text: String) {
        var letters: [UInt8] = []
        for byte in text.utf8 where byte != UInt8(ascii: " ") {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): letters.append(byte - 0x20)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): letters.append(byte)
            default: return nil
            }
            if letters.count > 2 { return nil }
        }
        guard letters.count == 2 else { return nil }
        if letters == [UInt8(ascii: "U"), UInt8(ascii: "K")] { letters = [UInt8(ascii: "G"), UInt8(ascii: "B")] }
        let code = String(decoding: letters, as: UTF8.self)
        guard PhoneNumberLibrary.isSupported(region: code) else { return nil }
        self.code = code
        self.packed = UInt16(letters[0]) << 8 | UInt16(letters[1])
    }

    public var description: String { code }
}

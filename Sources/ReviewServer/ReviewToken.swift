/// The secret that guards the review server: 128 random bits, in the page's URL.
///
/// Anyone who can reach the port but does not have the URL (another local user, a web page
/// the reviewer visits) gets nothing.
enum ReviewToken {
    static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<2).map { _ in
            let hex = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }

    /// Compares in time that does not depend on where the strings differ.
    static func matches(_ given: Substring?, _ expected: String) -> Bool {
        guard let given else { return false }
        let a = Array(given.utf8), b = Array(expected.utf8)
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for k in 0..<min(a.count, b.count) { difference |= a[k] ^ b[k] }
        return difference == 0
    }
}

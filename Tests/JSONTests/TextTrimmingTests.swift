import Testing
@testable import JSON

@Suite("Trimming and blank checks on raw text")
struct TextTrimmingTests {
    @Test("trims ASCII whitespace at both ends and keeps inner and non-ASCII spaces",
          arguments: [
              (" \t田中 太郎\r\n", "田中 太郎"),
              ("taro", "taro"),
              ("   ", ""),
              ("", ""),
              ("\u{3000}全角\u{3000}", "\u{3000}全角\u{3000}"),
              ("\r\n x \r\n", "x"),
          ])
    func trimsAsciiWhitespaceOnly(input: String, expected: String) {
        #expect(input.trimmingSpaces() == expected)
    }

    @Test("a field of spaces, tabs or line breaks is blank; a full-width space is not")
    func blankMeansAsciiWhitespaceOnly() {
        #expect(" \t\r\n".isBlank)
        #expect("".isBlank)
        #expect(!" a ".isBlank)
        #expect(!"\u{3000}".isBlank)
    }
}

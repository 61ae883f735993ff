import Support
import Testing

@Suite("Text shown on a terminal")
struct TerminalTextTests {
    @Test("the escape sequences of a hostile id are written out, not sent to the terminal")
    func hostileID() {
        let id = "\u{1B}]0;PWNED\u{07}\u{1B}[2J"
        #expect(TerminalText.escaped(id) == #"\u001B]0;PWNED\u0007\u001B[2J"#)
    }

    @Test("C0, DEL, C1 and bidirectional controls are escaped; ordinary text in any script is not",
          arguments: [
            ("\u{0}", #"\u0000"#), ("a\rb", #"a\u000Db"#), ("\u{7F}", #"\u007F"#), ("\u{9B}31m", #"\u009B31m"#),
            ("\u{85}", #"\u0085"#), ("abc\u{202E}fed", #"abc\u202Efed"#), ("\u{2066}x\u{2069}", #"\u2066x\u2069"#),
            ("\u{200F}", #"\u200F"#), ("\u{061C}", #"\u061C"#),
            ("田中 太郎 Ｈｉｎａ café", "田中 太郎 Ｈｉｎａ café"), (#"C:\path"#, #"C:\path"#),
          ])
    func escapes(_ input: String, _ expected: String) {
        #expect(TerminalText.escaped(input) == expected)
    }

    @Test("line feeds and tabs are escaped inside a value, kept in the tool's own lines")
    func lineBreaks() {
        #expect(TerminalText.escaped("a\nb\tc") == #"a\u000Ab\u0009c"#)
        #expect(TerminalText.escaped("a\nb\tc\u{1B}", keepingLineBreaks: true) == "a\nb\tc\\u001B")
    }
}

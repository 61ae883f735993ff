import Foundation
import Testing

/// Customer data with terminal control characters is printed escaped (issue 11: an id that
/// retitled and cleared the terminal when `decide` printed it).
@Suite("Control characters in customer data do not reach the terminal", .serialized)
struct TerminalOutputTests {
    static let escaped = #"\u001B]0;PWNED\u0007\u001B[2J"#

    @Test("decide prints a victor id holding escape sequences as \\u escapes")
    func decideEscapesIDs() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let rules = try cli.writeFastRules()
        #expect(try cli.run(["generate", "--customers", "800", "--seed", "5", "--out", "base.jsonl", "--truth", "truth.csv"]).status == 0)
        // Every id starts with the hostile sequence (written as JSON escapes in the file).
        let base = try cli.read("base.jsonl").replacingOccurrences(of: #""id":""#, with: #""id":"\u001b]0;PWNED\u0007\u001b[2J"#)
        try cli.write(base, to: "hostile.jsonl")
        #expect(try cli.run(["import", "hostile.jsonl", "--db", "t.sqlite", "--quiet"]).status == 0)
        let run = try cli.run(["run", "--db", "t.sqlite", "--rules", rules, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let decided = try cli.run(["decide", "--db", "t.sqlite", "--cluster", "1", "approve", "--reviewer", "hanako"])
        #expect(decided.status == 0, "\(decided.stderr)")
        #expect(decided.stdout.contains("(victor \(Self.escaped)"), "\(decided.stdout)")
        #expect(!decided.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }
}

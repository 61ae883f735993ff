import Foundation
import Testing

/// `-` names standard output for every file a command writes (issue 11): the content goes to
/// stdout and the note for people to stderr, so the two never mix.
@Suite("Writing a file to standard output with -")
struct StandardOutputTests {
    @Test("generate --out - writes the customers to stdout and the same bytes as a file would hold")
    func generateToStandardOutput() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let piped = try cli.run(["generate", "--customers", "25", "--seed", "7", "--out", "-", "--truth", "truth.csv"])
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stderr.contains("wrote 25 customers"))
        let written = try cli.run(["generate", "--customers", "25", "--seed", "7", "--out", "base.jsonl", "--truth", "truth2.csv"])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(piped.stdout == (try String(contentsOfFile: cli.path("base.jsonl"), encoding: .utf8)))
        #expect(piped.stdout.split(separator: "\n").count == 25)
    }

    @Test("generate refuses standard output for both files")
    func bothOnStandardOutput() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.run(["generate", "--customers", "5", "--out", "-", "--truth", "-"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("cannot both be standard output"))
    }
}

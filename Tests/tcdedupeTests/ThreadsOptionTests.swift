import Foundation
import Testing

/// `run` and `demo` share one `--threads` option with one range check.
@Suite("--threads is checked the same way by every command", .serialized)
struct ThreadsOptionTests {
    @Test("0, a negative count and a count far above any machine's cores are usage errors (exit 64) in demo and run",
          arguments: [["demo", "--threads", "0"], ["demo", "--threads=-5"], ["run", "--threads", "100000"], ["run", "--threads=0"]])
    func outOfRange(_ arguments: [String]) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.run(arguments + ["--db", "none.sqlite"].filter { _ in arguments[0] == "run" })
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains("--threads must be between 1 and 256"))
        #expect(!FileManager.default.fileExists(atPath: cli.path("tcdedupe-demo")))
    }
}

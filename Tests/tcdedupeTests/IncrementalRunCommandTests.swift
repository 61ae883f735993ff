import Foundation
import Testing

@Suite("run: incremental by default, --full, --model-from", .serialized)
struct IncrementalRunCommandTests {
    @Test("the first run is full and says why; the next is incremental; --full and --full --model-from rebuild")
    func runModes() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let rules = try cli.writeFastRules()
        #expect(try cli.run(["generate", "--customers", "800", "--seed", "5", "--out", "base.jsonl", "--truth", "truth.csv"]).status == 0)
        #expect(try cli.run(["import", "base.jsonl", "--db", "t.sqlite", "--quiet"]).status == 0)

        let first = try cli.run(["run", "--db", "t.sqlite", "--rules", rules, "--quiet"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("full run: no earlier run to build on"))

        let second = try cli.run(["run", "--db", "t.sqlite", "--rules", rules, "--quiet"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("incremental on run 1: 0 changed"))
        // `match` after an incremental run reads the index its full run left (run 2 writes none).
        let customer = try #require(try String(contentsOf: cli.folder.appendingPathComponent("base.jsonl"), encoding: .utf8)
            .split(separator: "\n").first.map(String.init))
        try customer.write(to: cli.folder.appendingPathComponent("one.json"), atomically: true, encoding: .utf8)
        let matched = try cli.run(["match", "--db", "t.sqlite", "--file", "one.json"])
        #expect(matched.status == 0, "\(matched.stderr)")
        #expect(matched.stdout.contains(#""run_id": 1,"#), "\(matched.stdout.prefix(200))")

        let full = try cli.run(["run", "--full", "--db", "t.sqlite", "--rules", rules, "--quiet"])
        #expect(full.status == 0, "\(full.stderr)")
        #expect(!full.stdout.contains("incremental on run"))
        #expect(!full.stdout.contains("full run:"))

        let refused = try cli.run(["run", "--model-from", "3", "--db", "t.sqlite", "--rules", rules, "--quiet"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("--model-from needs --full"))

        let kept = try cli.run(["run", "--full", "--model-from", "3", "--db", "t.sqlite", "--rules", rules, "--quiet", "--json"])
        #expect(kept.status == 0, "\(kept.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(kept.stdout.utf8)) as? [String: Any])
        #expect(summary["model_from_run"] as? Int == 3)
    }
}

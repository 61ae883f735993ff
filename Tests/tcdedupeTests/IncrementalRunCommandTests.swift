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

    @Test("an incremental run's carried clusters are reported, diffed and decided like clusters it stored")
    func carriedClustersThroughTheCommands() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let rules = try cli.writeFastRules()
        #expect(try cli.run(["generate", "--customers", "600", "--seed", "8", "--out", "base.jsonl", "--truth", "truth.csv"]).status == 0)
        #expect(try cli.run(["import", "base.jsonl", "--db", "t.sqlite", "--quiet"]).status == 0)
        #expect(try cli.run(["run", "--db", "t.sqlite", "--rules", rules, "--quiet"]).status == 0)
        let second = try cli.run(["run", "--db", "t.sqlite", "--rules", rules, "--quiet"])
        #expect(second.stdout.contains("incremental on run 1: 0 changed"), "\(second.stdout)")

        // Nothing changed: run 2 holds every cluster of run 1, by reference, with the same ids.
        for run in ["1", "2"] {
            let report = try cli.run(["report", "--db", "t.sqlite", "--run", run, "--format", "csv", "--no-bom", "--out", "r\(run).csv"])
            #expect(report.status == 0, "\(report.stderr)")
        }
        let csv = try cli.read("r2.csv")
        #expect(csv.split(whereSeparator: \.isNewline).count > 10)
        #expect(csv == (try cli.read("r1.csv")))

        let diff = try cli.run(["diff", "--db", "t.sqlite", "--from", "1", "--to", "2", "--json"])
        #expect(diff.status == 0, "\(diff.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(diff.stdout.utf8)) as? [String: Any])
        let counts = try #require(object["counts"] as? [String: Int])
        #expect(counts["unchanged"] ?? 0 > 0 && counts.filter { $0.key != "unchanged" }.values.allSatisfy { $0 == 0 }, "\(counts)")

        // A decision on a carried cluster is run 2's, and its merge is read from the carried rows.
        let row = try #require(csv.split(whereSeparator: \.isNewline).dropFirst().first)
        let clusterID = try #require(row.split(separator: ",").first.map(String.init))
        let decided = try cli.run(["decide", "--db", "t.sqlite", "--cluster", clusterID, "approve"])
        #expect(decided.status == 0, "\(decided.stderr)")
        #expect(decided.stdout.contains("cluster \(clusterID) of run 2: approved"), "\(decided.stdout)")
        let missing = try cli.run(["decide", "--db", "t.sqlite", "--cluster", "999999", "approve"])
        #expect(missing.status != 0)
    }
}

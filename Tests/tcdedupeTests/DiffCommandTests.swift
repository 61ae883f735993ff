import Foundation
import Testing

/// `tcdedupe diff` and `run --dry-run` as the real binary on a small generated base.
@Suite("diff and dry runs through the command line", .serialized)
struct DiffCommandTests {
    static func object(_ output: CLIRunner.Output) throws -> [String: Any] {
        #expect(output.status == 0, "\(output.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    }

    /// A generated base with one live run of the fast rules; returns the stricter rules' path.
    static func base(_ cli: CLIRunner) throws -> String {
        let rules = try cli.writeFastRules()
        #expect(try cli.run(["generate", "--customers", "700", "--seed", "5", "--out", "b.jsonl", "--truth", "t.csv"]).status == 0)
        #expect(try cli.run(["import", "b.jsonl", "--db", "d.sqlite", "--quiet"]).status == 0)
        let run = try cli.run(["run", "--db", "d.sqlite", "--rules", rules, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let strict = try cli.read("fast.yaml").replacingOccurrences(of: "review: 0.65", with: "review: 0.97")
        #expect(strict != (try cli.read("fast.yaml")))
        try cli.write(strict, to: "strict.yaml")
        return cli.path("strict.yaml")
    }

    @Test("run --dry-run prints its diff, and review, report, status, decide and apply keep to the live run")
    func dryRunStaysAside() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let strict = try Self.base(cli)
        let dry = try Self.object(try cli.run(["run", "--db", "d.sqlite", "--rules", strict, "--dry-run", "--quiet", "--json"]))
        #expect(dry["run_id"] as? Int == 2 && dry["dry_run"] as? Bool == true)
        let diff = try #require(dry["diff"] as? [String: Any])
        #expect(diff["from_run"] as? Int == 1 && diff["to_run"] as? Int == 2 && diff["to_kind"] as? String == "dry_run")
        let counts = try #require(diff["counts"] as? [String: Int])
        #expect(counts["gone"] ?? 0 > 0, "a stricter review threshold drops clusters: \(counts)")

        let status = try Self.object(try cli.run(["status", "--db", "d.sqlite", "--json"]))
        #expect((status["latest_run"] as? [String: Any])?["run_id"] as? Int == 1)
        #expect(status["dry_run_ids"] as? [Int] == [2])
        let report = try cli.run(["report", "--db", "d.sqlite", "--format", "html", "--out", "r.html"])
        #expect(report.status == 0, "\(report.stderr)")
        let page = try cli.read("r.html")
        #expect(page.contains(#""run_id":1,"#) && !page.contains(#""run_id":2,"#))
        let again = try Self.object(try cli.run(["diff", "--db", "d.sqlite", "--to", "dry-run", "--json"]))
        #expect(again["counts"] as? [String: Int] == counts)

        let apply = try cli.run(["apply", "--db", "d.sqlite", "--api-url", "http://127.0.0.1:9", "--run", "2", "--auto", "--quiet"],
                                environment: ["TABLECHECK_API_KEY": "tc-diff-test-key"])
        #expect(apply.status != 0)
        #expect(apply.stderr.contains("run 2 is a dry run"), "\(apply.stderr)")
        #expect(apply.stderr.split(separator: "\n").count == 1, "\(apply.stderr)")

        // A decision on a dry run would be deleted with it, while a rejection's pins would last.
        let decide = try cli.run(["decide", "--db", "d.sqlite", "--run", "2", "--cluster", "1", "reject"])
        #expect(decide.status != 0)
        #expect(decide.stderr.contains("run 2 is a dry run") && decide.stderr.contains("review uses only live runs"), "\(decide.stderr)")
        let pins = try cli.run(["pins", "list", "--db", "d.sqlite"])
        #expect(pins.status == 0 && pins.stdout.contains("no pins"), "\(pins.stdout)")
    }

    @Test("diff prints one aligned line per change for the last two live runs, and says when there is one run only")
    func diffText() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let strict = try Self.base(cli)
        let lonely = try cli.run(["diff", "--db", "d.sqlite"])
        #expect(lonely.status == 1 && lonely.stderr.contains("no finished live run before run 1"), "\(lonely.stderr)")
        #expect(try cli.run(["run", "--db", "d.sqlite", "--rules", strict, "--quiet"]).status == 0)
        let diff = try cli.run(["diff", "--db", "d.sqlite", "--examples", "1"])
        #expect(diff.status == 0, "\(diff.stderr)")
        let lines = diff.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("run 1 → run 2: clusters ") == true, "\(diff.stdout)")
        #expect(lines.contains { $0.hasPrefix("  gone ") } && lines.contains { $0.hasPrefix("  unchanged ") })
        let gone = try #require(lines.firstIndex { $0.hasPrefix("  gone ") })
        #expect(lines[gone + 1].hasPrefix("      - run 1 #"), "\(diff.stdout)")
        let bad = try cli.run(["diff", "--db", "d.sqlite", "--from", "yesterday"])
        #expect(bad.status != 0 && bad.stderr.contains("give a run id"))
    }
}

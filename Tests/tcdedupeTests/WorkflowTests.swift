import Foundation
import Testing

@Suite("The command-line workflow, end to end", .serialized)
struct WorkflowTests {
    @Test("generate, import, run, report, status and evaluate work together on a small base")
    func workflow() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let rules = try cli.writeFastRules()

        let generated = try cli.run(["generate", "--customers", "1500", "--seed", "3", "--out", "base.jsonl", "--truth", "truth.csv"])
        #expect(generated.status == 0, "\(generated.stderr)")
        let lines = try cli.read("base.jsonl").split(separator: "\n")
        #expect(lines.count == 1_500)

        let imported = try cli.run(["import", "base.jsonl", "--db", "t.sqlite", "--quiet"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("imported 1,500 customers"))

        let run = try cli.run(["run", "--db", "t.sqlite", "--rules", rules, "--quiet", "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(summary["customers"] as? Int == 1_500)
        let clusters = try #require(summary["clusters"] as? Int)
        #expect(clusters > 100)

        // The CSV starts with a UTF-8 byte order mark for Excel on Japanese Windows; --no-bom leaves it out.
        let header = "cluster_id,customer_id,role,victor_id,confidence,match_weight,first_name,last_name,phones,emails,cluster_key\r\n"
        #expect(try cli.run(["report", "--db", "t.sqlite", "--format", "csv", "--out", "m.csv"]).status == 0)
        let withMark = try Data(contentsOf: URL(fileURLWithPath: cli.path("m.csv")))
        #expect(Array(withMark.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(withMark.dropFirst(3).starts(with: Data(header.utf8)))
        #expect(try cli.run(["report", "--db", "t.sqlite", "--format", "csv", "--out", "plain.csv", "--no-bom"]).status == 0)
        let csv = try cli.read("plain.csv")
        #expect(csv.hasPrefix(header))
        #expect(Data(csv.utf8) == withMark.dropFirst(3))
        #expect(csv.contains(",victor,") && csv.contains(",victim,"))

        #expect(try cli.run(["report", "--db", "t.sqlite", "--format", "json", "--out", "m.json"]).status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: cli.path("m.json")))) as? [[String: Any]])
        #expect(report.count == clusters)
        let first = try #require(report.first)
        let victor = try #require(first["victor_id"] as? String)
        #expect(first["method"] as? String == "PUT")
        #expect(first["path"] as? String == "/customers/\(victor)")
        let body = try #require(first["body"] as? [String: Any])
        #expect(body["merge_customer_ids"] as? [String] == first["victim_ids"] as? [String])

        #expect(try cli.run(["report", "--db", "t.sqlite", "--format", "json", "--out", "auto.json", "--auto-merge-only"]).status == 0)
        let auto = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: cli.path("auto.json")))) as? [[String: Any]])
        #expect(auto.count == summary["auto_merge_clusters"] as? Int)
        #expect(auto.allSatisfy { $0["auto_merge"] as? Bool == true })

        let status = try cli.run(["status", "--db", "t.sqlite", "--json"])
        let statusJSON = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        #expect(statusJSON["customers"] as? Int == 1_500)
        #expect(statusJSON["runs"] as? Int == 1)

        let evaluation = try cli.run(["evaluate", "--db", "t.sqlite", "--truth", "truth.csv", "--json"])
        #expect(evaluation.status == 0, "\(evaluation.stderr)")
        let figures = try #require(try JSONSerialization.jsonObject(with: Data(evaluation.stdout.utf8)) as? [String: Any])
        let suggested = try #require(figures["suggested"] as? [String: Double])
        #expect(try #require(suggested["clusters.pairwise.precision"]) > 0.8)
        #expect(try #require(suggested["clusters.pairwise.recall"]) > 0.8)
    }

    @Test("the same input and rules give the same clusters whatever the thread count")
    func deterministic() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let rules = try cli.writeFastRules()
        #expect(try cli.run(["generate", "--customers", "800", "--seed", "9", "--out", "b.jsonl", "--truth", "t.csv"]).status == 0)
        #expect(try cli.run(["import", "b.jsonl", "--db", "one.sqlite", "--quiet"]).status == 0)
        #expect(try cli.run(["import", "b.jsonl", "--db", "two.sqlite", "--quiet"]).status == 0)
        #expect(try cli.run(["run", "--db", "one.sqlite", "--rules", rules, "--threads", "1", "--quiet"]).status == 0)
        #expect(try cli.run(["run", "--db", "two.sqlite", "--rules", rules, "--threads", "3", "--quiet"]).status == 0)
        #expect(try cli.run(["report", "--db", "one.sqlite", "--format", "json", "--out", "one.json"]).status == 0)
        #expect(try cli.run(["report", "--db", "two.sqlite", "--format", "json", "--out", "two.json"]).status == 0)
        let one = try cli.read("one.json"), two = try cli.read("two.json")
        #expect(one.count > 100)
        #expect(one == two)
    }
}

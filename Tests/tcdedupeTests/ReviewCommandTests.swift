import Foundation
import Testing

@Suite("report --format html and decide from the command line", .serialized)
struct ReviewCommandTests {
    @Test("an HTML report is written, and decide records approvals and rejections or fails in one line")
    func htmlAndDecide() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let rules = try cli.writeFastRules()
        #expect(try cli.run(["generate", "--customers", "800", "--seed", "5", "--out", "base.jsonl", "--truth", "truth.csv"]).status == 0)
        #expect(try cli.run(["import", "base.jsonl", "--db", "t.sqlite", "--quiet"]).status == 0)
        let run = try cli.run(["run", "--db", "t.sqlite", "--rules", rules, "--quiet", "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let clusters = try #require((try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])?["clusters"] as? Int)
        #expect(clusters >= 2)

        let html = try cli.run(["report", "--db", "t.sqlite", "--format", "html", "--out", "m.html"])
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.contains("wrote \(clusters) cluster(s)"))
        let page = try cli.read("m.html")
        #expect(page.hasPrefix("<!doctype html>"))
        #expect(page.contains(#"id="fig-clusters"><span class="value">\#(clusters)</span>"#))

        let approve = try cli.run(["decide", "--db", "t.sqlite", "--cluster", "1", "approve", "--reviewer", "hanako"])
        #expect(approve.status == 0, "\(approve.stderr)")
        #expect(approve.stdout.hasPrefix("cluster 1 of run 1: approved by hanako"))
        let reject = try cli.run(["decide", "--db", "t.sqlite", "--cluster", "2", "reject"], environment: ["TCDEDUPE_REVIEWER": "taro"])
        #expect(reject.stdout.hasPrefix("cluster 2 of run 1: rejected by taro"))

        let unknown = try cli.run(["decide", "--db", "t.sqlite", "--cluster", "999999", "approve"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "error: run 1 has no cluster 999999 (use a cluster id from the report or the review page)\n")
    }
}

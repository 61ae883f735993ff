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

        try reviewServes(cli)
    }

    /// `review` prints the page's address at once, serves it, and stops cleanly on Ctrl-C.
    private func reviewServes(_ cli: CLIRunner) throws {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["review", "--db", cli.path("t.sqlite"), "--port", "0", "--reviewer", "hanako"]
        process.currentDirectoryURL = cli.folder
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        var printed = ""
        while !printed.contains("\n"), process.isRunning {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            printed += String(decoding: chunk, as: UTF8.self)
        }
        #expect(printed.hasPrefix("reviewing run 1; open http://127.0.0.1:"))
        let address = try #require(printed.split(separator: " ").first { $0.hasPrefix("http://") }.map { String($0.split(separator: "\n")[0]) })
        #expect(address.contains("/?token="))
        let page = try String(contentsOf: try #require(URL(string: address)), encoding: .utf8)
        #expect(page.hasPrefix("<!doctype html>"))
        #expect(page.contains("Review suggested merges"))

        kill(process.processIdentifier, SIGINT)
        for _ in 0..<100 where process.isRunning { usleep(100_000) }
        #expect(!process.isRunning, "review stops on Ctrl-C")
        #expect(process.terminationStatus == 0)
    }
}

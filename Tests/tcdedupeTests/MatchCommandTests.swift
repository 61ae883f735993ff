import Foundation
import Testing

/// `tcdedupe match` end to end: the real binary over a store it imported and ran.
@Suite struct MatchCommandTests {
    /// Distinct people, so that u and term frequencies have something to stand on, and one
    /// person stored twice (s1, s2).
    static let customers: [String] = {
        let lasts = ["佐藤", "高橋", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木"]
        let firsts = ["翔太", "陽菜", "蓮", "結衣", "大輝", "美咲", "健太", "彩", "拓海", "七海"]
        let background = (0..<150).map { k in
            #"{"id":"bg\#(k)","franchise_id":"f1","last_name":"\#(lasts[k % lasts.count])","first_name":"\#(firsts[(k / lasts.count) % firsts.count])\#(k)","phones":["090\#(String(format: "%08d", 20_000_000 + k * 7_919 % 79_999_999))"],"emails":["bg\#(k)@mail.example.jp"]}"#
        }
        return background + [
            #"{"id":"s1","franchise_id":"f1","last_name":"鈴木","first_name":"花子","phones":["070-5555-6666"],"emails":["hanako.suzuki@example.jp"],"birthday":"1985-02-03"}"#,
            #"{"id":"s2","franchise_id":"f1","last_name":"鈴木","first_name":"花子","phones":["07055556666"],"emails":["hanako.suzuki@example.jp"]}"#,
        ]
    }()

    /// Runs the binary with `input` on its standard input.
    private func run(_ cli: CLIRunner, _ arguments: [String], input: String) throws -> CLIRunner.Output {
        try cli.write(input, to: "stdin.txt")
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = cli.folder
        var environment = ProcessInfo.processInfo.environment
        environment["TCDEDUPE_DB"] = nil
        process.environment = environment
        process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: cli.path("stdin.txt")))
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIRunner.Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                                stderr: String(decoding: stderr, as: UTF8.self))
    }

    private func preparedStore() throws -> CLIRunner {
        let cli = try CLIRunner()
        try cli.write(Self.customers.joined(separator: "\n") + "\n", to: "customers.jsonl")
        let rules = try cli.writeFastRules()
        #expect(try cli.run(["import", "customers.jsonl", "--db", "s.sqlite"]).status == 0)
        let ran = try cli.run(["run", "--db", "s.sqlite", "--rules", rules])
        #expect(ran.status == 0, "\(ran.stderr)")
        return cli
    }

    private func records(_ output: CLIRunner.Output) throws -> [[String: Any]] {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        return try #require(document["records"] as? [[String: Any]])
    }

    @Test func aBookingFindsTheCustomerItDuplicatesWithEvidence() throws {
        let cli = try preparedStore()
        defer { cli.cleanUp() }
        let booking = #"{"franchise_id":"f1","last_name":"鈴木","first_name":"花子","phones":["+81 70 5555 6666"]}"#
        let output = try run(cli, ["match", "--db", "s.sqlite"], input: booking)
        #expect(output.status == 0, "\(output.stderr)")
        let record = try #require(try records(output).first)
        let duplicates = try #require(record["duplicates"] as? [[String: Any]])
        let ids = Set(duplicates.compactMap { $0["customer_id"] as? String })
        #expect(ids == ["s1", "s2"])
        let evidence = try #require(duplicates.first?["evidence"] as? [String: Any])
        let comparisons = try #require(evidence["comparisons"] as? [[String: Any]])
        let phone = try #require(comparisons.first { $0["comparison"] as? String == "phone" })
        #expect((phone["level"] as? String)?.hasPrefix("exact") == true)
        #expect((phone["weight"] as? Double ?? 0) > 0)
        #expect(duplicates.allSatisfy { $0["over_review_threshold"] as? Bool == true })
    }

    @Test func aStrangerHasNoDuplicatesAndBatchesAnswerPerLine() throws {
        let cli = try preparedStore()
        defer { cli.cleanUp() }
        try cli.write("""
            {"franchise_id":"f1","last_name":"Qwyzzlethorpe","first_name":"Zebulon","phones":["+44 20 7946 0958"]}
            {"id":"s2","franchise_id":"f1","last_name":"鈴木","first_name":"花子","phones":["07055556666"],"emails":["hanako.suzuki@example.jp"]}

            """, to: "batch.jsonl")
        let output = try cli.run(["match", "--db", "s.sqlite", "--file", "batch.jsonl", "--limit", "5"])
        #expect(output.status == 0, "\(output.stderr)")
        let records = try records(output)
        #expect(records.count == 2)
        #expect((records[0]["duplicates"] as? [Any])?.isEmpty == true)
        #expect(records[1]["in_base"] as? Bool == true)
        let ids = (records[1]["duplicates"] as? [[String: Any]])?.compactMap { $0["customer_id"] as? String }
        #expect(ids == ["s1"], "s2 itself is not its duplicate")
    }

    @Test func malformedInputAndAMissingRunSayWhatToDo() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write(Self.customers.prefix(20).joined(separator: "\n") + "\n", to: "customers.jsonl")
        #expect(try cli.run(["import", "customers.jsonl", "--db", "s.sqlite"]).status == 0)
        let noRun = try run(cli, ["match", "--db", "s.sqlite"], input: #"{"last_name":"Tanaka"}"#)
        #expect(noRun.status == 1)
        #expect(noRun.stderr.contains("tcdedupe run"))
        try cli.write("{\"last_name\":\"Tanaka\"}\n{\"last_name\":\"Sato\",}\n", to: "bad.jsonl")
        let bad = try cli.run(["match", "--db", "s.sqlite", "--file", "bad.jsonl"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("bad.jsonl line 2"), "\(bad.stderr)")
        let help = try cli.run(["match", "--help"])
        #expect(help.stdout.contains("booking time"))
    }
}

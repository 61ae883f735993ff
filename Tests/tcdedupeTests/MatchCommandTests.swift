import Foundation
import Store
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

    /// After sync-like changes and an incremental run, `match` searches the store as it is now:
    /// the incremental run's overlay adds the customers created or edited since the full run's
    /// index and drops those edited away or deleted. Later changes are counted, not searched.
    @Test func anIncrementalRunsChangesAreSearchedAndLaterOnesCounted() throws {
        let cli = try preparedStore()
        defer { cli.cleanUp() }
        let rules = try cli.writeFastRules()
        let bg4 = Self.customers[4].replacingOccurrences(of: #""id":"bg4""#, with: #""id":"bg3""#)
        try CustomerStore(path: cli.path("s.sqlite")).storeSyncBatch(upserts: [
            // A new customer, the same person as s1 and s2.
            CustomerRow(id: "s3", raw: #"{"id":"s3","franchise_id":"f1","last_name":"鈴木","first_name":"花子","phones":["070-5555-6666"],"emails":["hanako.suzuki@example.jp"]}"#),
            // s2 edited into someone else.
            CustomerRow(id: "s2", raw: #"{"id":"s2","franchise_id":"f1","last_name":"Okonkwo","first_name":"Chidi","phones":["+234 803 555 0101"],"emails":["chidi@example.ng"]}"#),
            // bg3 edited into a copy of bg4: found only through the keys it has now.
            CustomerRow(id: "bg3", raw: bg4),
        ], deletions: [(id: "s1", reason: "sync event 1: deleted")], cursor: nil, apiURL: "http://127.0.0.1:1", events: 4)
        let incremental = try cli.run(["run", "--db", "s.sqlite", "--rules", rules, "--quiet"])
        #expect(incremental.status == 0, "\(incremental.stderr)")
        #expect(incremental.stdout.contains("incremental on run 1"), "\(incremental.stdout)")

        let booking = #"{"franchise_id":"f1","last_name":"鈴木","first_name":"花子","phones":["+81 70 5555 6666"]}"#
        // Every candidate is listed (probability 0 and up): a block that still held s2's or s1's
        // old keys would list them. (The background's weights are low in so small a base.)
        let output = try run(cli, ["match", "--db", "s.sqlite", "--min-probability", "0"],
                             input: booking + "\n" + Self.customers[4].replacingOccurrences(of: #""id":"bg4","#, with: ""))
        #expect(output.status == 0, "\(output.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(document["run_id"] as? Int == 1)
        #expect(document["overlay_run_id"] as? Int == 2)
        #expect(document["unsearched_changes"] as? Int == 0)
        #expect(!output.stderr.contains("not searched"))
        let found = try records(output).map { record in
            Set((record["duplicates"] as? [[String: Any]] ?? []).compactMap { $0["customer_id"] as? String })
        }
        #expect(found.first == ["s3"], "s3 is new, s2 was edited away, s1 deleted")
        #expect(found.last?.isSuperset(of: ["bg3", "bg4"]) == true, "bg3 is now bg4's copy")

        // A change after the newest run is not searched, and match says so.
        try CustomerStore(path: cli.path("s.sqlite")).storeSyncBatch(upserts: [
            CustomerRow(id: "s4", raw: #"{"id":"s4","franchise_id":"f1","last_name":"鈴木","first_name":"花子","phones":["07055556666"]}"#),
        ], deletions: [], cursor: nil, apiURL: "http://127.0.0.1:1", events: 1)
        let later = try run(cli, ["match", "--db", "s.sqlite"], input: booking)
        #expect(later.status == 0, "\(later.stderr)")
        let laterDocument = try #require(try JSONSerialization.jsonObject(with: Data(later.stdout.utf8)) as? [String: Any])
        #expect(laterDocument["unsearched_changes"] as? Int == 1)
        #expect(later.stderr.contains("1 customers changed since run 1's index and run 2's changes are not searched"), "\(later.stderr)")
    }
}

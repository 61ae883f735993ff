import CRMModel
import Foundation
import Import
@testable import Merging
import Pipeline
import Rules
import Store
import StoredRuns

/// A scratch folder holding a database with one finished run, for the merge engine's tests on
/// real SQLite files. The run is made once per test process (a debug-build run takes seconds)
/// and each fixture gets its own copy, so that tests write their journals without seeing each
/// other's.
///
/// The run holds two clusters that `apply --auto-threshold 0.9` merges: 田中太郎 (victor t1,
/// victim t2) and 鈴木花子 (victor s2, victim s1), among distinct background people.
struct MergingFixture {
    let folder: String
    var database: String { folder + "/store.sqlite" }

    /// Both clusters of the run, and nothing else.
    static let selection = ApplySelection.autoThreshold(0.9)

    static let people = [
        #"{"id":"t1","franchise_id":"f1","last_name":"田中","first_name":"太郎","last_name_kana":"タナカ","first_name_kana":"タロウ","phones":["090-1234-5678"],"emails":["taro.tanaka@example.jp"],"reservation_count":12,"created_at":"2019-04-01T10:00:00Z","updated_at":"2024-01-01T00:00:00Z"}"#,
        #"{"id":"t2","franchise_id":"f1","last_name":"田中","first_name":"太郎","phones":["+819012345678","03-3333-4444"],"emails":["Taro.Tanaka@example.jp"],"reservation_count":3,"created_at":"2021-01-01T10:00:00Z","updated_at":"2024-01-02T00:00:00Z"}"#,
        #"{"id":"s1","franchise_id":"f1","last_name":"鈴木","first_name":"花子","phones":["070-5555-6666"],"emails":["hanako.suzuki@example.jp"],"reservation_count":2,"updated_at":"2024-01-03T00:00:00Z"}"#,
        #"{"id":"s2","franchise_id":"f1","last_name":"鈴木","first_name":"花子","phones":["07055556666"],"emails":["hanako.suzuki@example.jp"],"reservation_count":7,"updated_at":"2024-01-04T00:00:00Z"}"#,
    ]

    /// The built-in rules with few random pairs (fast in a debug build) and a fixed prior,
    /// since a base of a few hundred records cannot estimate one.
    static func rules() throws -> RuleSet {
        var text = RuleSet.defaultText.replacingOccurrences(of: "u_sample_size: 1000000", with: "u_sample_size: 20000")
        text = text.replacingOccurrences(of: "prior: estimate", with: "prior: 0.0005")
        return try RulesParser.parse(text, source: "test")
    }

    /// The database with the finished run, made once for the whole test process.
    private static let template: Result<String, Error> = Result {
        let fixture = try MergingFixture(empty: ())
        _ = try fixture.importAndRun(backgroundCustomers(200) + people, threads: 2)
        return fixture.database
    }

    /// Six more pairs like 鈴木花子's (same name, one phone in two formats, one email), for the
    /// tests that need more clusters than threads.
    static let morePairs: [String] = {
        let names = [("森", "一郎"), ("石井", "直子"), ("前田", "悟"), ("藤田", "恵"), ("岡田", "修"), ("後藤", "久美子")]
        return names.enumerated().flatMap { k, name in
            [#"{"id":"p\#(k)a","franchise_id":"f1","last_name":"\#(name.0)","first_name":"\#(name.1)","phones":["080-7000-10\#(k)\#(k)"],"emails":["pair\#(k)@example.jp"],"reservation_count":2,"updated_at":"2024-02-0\#(k + 1)T00:00:00Z"}"#,
             #"{"id":"p\#(k)b","franchise_id":"f1","last_name":"\#(name.0)","first_name":"\#(name.1)","phones":["0807000 10\#(k)\#(k)"],"emails":["Pair\#(k)@example.jp"],"reservation_count":5,"updated_at":"2024-03-0\#(k + 1)T00:00:00Z"}"#]
        }
    }()

    /// The database with a run of eight clusters (``people`` and ``morePairs``), made once.
    private static let eightTemplate: Result<String, Error> = Result {
        let fixture = try MergingFixture(empty: ())
        _ = try fixture.importAndRun(backgroundCustomers(200) + people + morePairs, threads: 2)
        return fixture.database
    }

    /// A fresh copy of the database with the finished run.
    init() throws {
        try self.init(copying: Self.template)
    }

    /// A fresh copy of a database whose run holds eight clusters.
    init(eightClusters: Void) throws {
        try self.init(copying: Self.eightTemplate)
    }

    private init(copying template: Result<String, Error>) throws {
        try self.init(empty: ())
        let source = try template.get()
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: source + suffix) {
            try FileManager.default.copyItem(atPath: source + suffix, toPath: database + suffix)
        }
    }

    /// An empty scratch folder.
    init(empty: Void) throws {
        folder = NSTemporaryDirectory() + "tcdedupe-merging-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    /// Writes `lines` as a JSONL file, imports it into the fixture's store and runs the matcher.
    func importAndRun(_ lines: [String], threads: Int) throws -> RunSummary {
        let file = folder + "/customers.jsonl"
        try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        _ = try CustomerFileImporter(store: try CustomerStore(path: database)).importFile(at: file)
        return try BatchRun(databasePath: database, rules: Self.rules(), threads: threads).execute()
    }

    /// An in-memory CRM holding every customer of the store, as exported.
    func crm(callMilliseconds: Int = 0, observeSend: @escaping @Sendable (String) -> String? = { _ in nil }) throws -> FakeCRM {
        var customers: [Customer] = []
        try CustomerStore(path: database).forEachCustomerRaw { _, raw in customers.append(try Customer(value: try JSONValue(parsing: raw))) }
        return FakeCRM(customers: customers, callMilliseconds: callMilliseconds, observeSend: observeSend)
    }

    /// Patience for the tests: a quick first pause, and a generous timeout that a test cuts short when it wants `unverified`.
    static let patience = VerifyPatience(timeout: .seconds(30), firstPause: .milliseconds(1), maximumPause: .milliseconds(4))

    /// One `apply` against `crm`, as `tcdedupe apply` runs it, with no pause before a resend.
    @discardableResult
    func apply(_ crm: FakeCRM, dryRun: Bool = false, crash: CrashPoint? = nil, limit: Int? = nil,
               patience: VerifyPatience = MergingFixture.patience, verifyOnly: Bool = false,
               requested: ((JSONObject) -> Void)? = nil, configure: ((inout ApplyJob) -> Void)? = nil) throws -> ApplySummary {
        var job = ApplyJob(databasePath: database, runID: nil, selection: Self.selection, dryRun: dryRun,
                           requestsPath: nil, limit: limit, apiURL: "memory://fake-crm")
        job.resendDelay = .zero
        job.crashPoint = crash
        job.patience = patience
        job.verifyOnly = verifyOnly
        configure?(&job)
        return try job.run(api: crm, progress: nil, request: requested)
    }

    /// A crash that throws instead of ending the test process.
    static func crash(at step: CrashPoint.Step, cluster: Int = 1) -> CrashPoint {
        CrashPoint(step: step, count: cluster, effect: .throwError)
    }

    /// The journal row of the cluster whose victor is `victorID`.
    func entry(victor victorID: String) throws -> JournalEntry? {
        try CustomerStore(path: database).journal().first { $0.victorID == victorID }
    }

    /// The states the cluster of `victorID` went through, oldest first.
    func states(victor victorID: String) throws -> [String] {
        let store = try CustomerStore(path: database)
        guard let entry = try store.journal().first(where: { $0.victorID == victorID }) else { return [] }
        return try store.journalEvents(runID: entry.runID, clusterID: entry.clusterID).map(\.state)
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: folder) }
}

/// Distinct people, so that u and term frequencies have something to stand on.
func backgroundCustomers(_ n: Int) -> [String] {
    let lasts = ["佐藤", "鈴木", "高橋", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木"]
    let firsts = ["翔太", "陽菜", "蓮", "結衣", "大輝", "美咲", "健太", "彩", "拓海", "七海"]
    return (0..<n).map { k in
        """
        {"id":"bg\(k)","franchise_id":"f1","last_name":"\(lasts[k % lasts.count])","first_name":"\(firsts[(k / lasts.count) % firsts.count])\(k)","phones":["090\(String(format: "%08d", 10_000_000 + k * 7_919 % 89_999_999))"],"emails":["bg\(k)@mail.example.jp"]}
        """
    }
}

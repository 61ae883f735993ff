import Foundation
import Import
import Pipeline
import Rules
import Store
import TestSupport

/// Shared by the review logic's tests (ReviewingTests) and the review server's (ReviewServerTests):
/// a database with one finished run over a small base: a three-record person (kanji, katakana,
/// romaji), a pair whose name is hostile markup, and a plain pair, among distinct people.
///
/// The run is made once (a debug-build run takes seconds) and each test gets its own copy of
/// the file, so tests can write decisions without seeing each other's.
public struct ReviewFixture {
    public let scratch: TemporaryFolder
    public var folder: String { scratch.path }
    public var database: String { folder + "/store.sqlite" }

    /// Sets `document.title` and `window.__pwned` if any page ever runs it as markup.
    public static let hostileName = #"<img src=x onerror="document.title='pwned';window.__pwned=1">"#

    public static let people = [
        #"{"id":"t1","franchise_id":"f1","last_name":"田中","first_name":"太郎","last_name_kana":"タナカ","first_name_kana":"タロウ","phones":["090-1234-5678"],"emails":["taro.tanaka@example.jp"],"reservation_count":12,"created_at":"2019-04-01T10:00:00Z","birthday":"1980-05-05"}"#,
        #"{"id":"t2","franchise_id":"f1","last_name":"タナカ","first_name":"タロウ","memo":"Prefers the counter seats","tags":["vip"],"phones":["+819012345678","03-3333-4444"],"emails":[],"reservation_count":3,"created_at":"2021-01-01T10:00:00Z"}"#,
        #"{"id":"t3","franchise_id":"f1","last_name":"Tanaka","first_name":"Tarou","phones":["０９０１２３４５６７８"],"emails":["TARO.TANAKA@example.jp"],"reservation_count":1,"created_at":"2022-06-01T10:00:00Z"}"#,
        #"{"id":"h1","franchise_id":"f1","last_name":"\#(jsonEscaped(hostileName))","first_name":"Mallory","phones":["080-7777-1212"],"emails":["mallory@example.net"],"reservation_count":4}"#,
        #"{"id":"h2","franchise_id":"f1","last_name":"\#(jsonEscaped(hostileName))","first_name":"Mallory","phones":["+818077771212"],"emails":["Mallory@example.net"],"reservation_count":1}"#,
        #"{"id":"s1","franchise_id":"f1","last_name":"鈴木","first_name":"花子","phones":["070-5555-6666"],"emails":["hanako.suzuki@example.jp"],"reservation_count":2}"#,
        #"{"id":"s2","franchise_id":"f1","last_name":"鈴木","first_name":"花子","phones":["07055556666"],"emails":["hanako.suzuki@example.jp"],"reservation_count":7}"#,
    ]

    static func jsonEscaped(_ s: String) -> String { s.replacingOccurrences(of: "\"", with: "\\\"") }

    /// The database made once for the whole test process.
    private static let template: Result<String, Error> = Result {
        // Kept for the whole process: every fixture copies its database.
        let folder = try TemporaryFolder("tcdedupe-review-template").keep()
        let file = folder + "/customers.jsonl"
        try ((background(120) + people).joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let database = folder + "/store.sqlite"
        _ = try CustomerFileImporter(store: try CustomerStore(path: database)).importFile(at: file)
        var text = RuleSet.defaultText.replacingOccurrences(of: "u_sample_size: 1000000", with: "u_sample_size: 20000")
        text = text.replacingOccurrences(of: "prior: estimate", with: "prior: 0.0005")
        _ = try BatchRun(databasePath: database, rules: try RulesParser.parse(text, source: "test"), threads: 2).execute()
        return database
    }

    public init() throws {
        scratch = try TemporaryFolder("tcdedupe-review")
        let source = try Self.template.get()
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: source + suffix) {
            try FileManager.default.copyItem(atPath: source + suffix, toPath: database + suffix)
        }
    }

    public func cleanUp() { try? FileManager.default.removeItem(atPath: folder) }

    /// Distinct people, so that u and term frequencies have something to stand on.
    public static func background(_ n: Int) -> [String] {
        let lasts = ["佐藤", "高橋", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木"]
        let firsts = ["翔太", "陽菜", "蓮", "結衣", "大輝", "美咲", "健太", "彩", "拓海", "七海"]
        return (0..<n).map { k in
            """
            {"id":"bg\(k)","franchise_id":"f1","last_name":"\(lasts[k % lasts.count])","first_name":"\(firsts[(k / lasts.count) % firsts.count])\(k)","phones":["090\(String(format: "%08d", 20_000_000 + k * 7_919 % 79_999_999))"],"emails":["bg\(k)@mail.example.jp"]}
            """
        }
    }
}

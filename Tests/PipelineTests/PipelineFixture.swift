import Foundation
import Import
import Pipeline
import Rules
import Store
import TestSupport

/// A scratch folder with a small customer file, for pipeline tests on real SQLite files.
struct PipelineFixture {
    let scratch: TemporaryFolder

    init() throws {
        scratch = try TemporaryFolder("tcdedupe-pipeline")
    }

    var folder: String { scratch.path }

    var database: String { folder + "/store.sqlite" }

    func write(_ lines: [String], to name: String = "customers.jsonl") throws -> String {
        let path = folder + "/" + name
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The built-in rules with few random pairs (fast in a debug build) and a fixed prior,
    /// since a base of a few dozen records cannot estimate one.
    static func rules() throws -> RuleSet {
        var text = RuleSet.defaultText.replacingOccurrences(of: "u_sample_size: 1000000", with: "u_sample_size: 20000")
        text = text.replacingOccurrences(of: "prior: estimate", with: "prior: 0.0005")
        return try RulesParser.parse(text, source: "test")
    }

    /// Writes `lines` as a JSONL file, imports it into the fixture's store and runs the matcher.
    func importAndRun(_ lines: [String], threads: Int) throws -> RunSummary {
        let file = try write(lines)
        _ = try CustomerFileImporter(store: try CustomerStore(path: database)).importFile(at: file)
        return try BatchRun(databasePath: database, rules: Self.rules(), threads: threads).execute()
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

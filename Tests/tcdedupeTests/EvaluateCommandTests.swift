import Foundation
import Testing

/// `tcdedupe evaluate` (the evaluation job lives with the command line since issue 10).
@Suite("Evaluating a run against ground truth")
struct EvaluateCommandTests {
    /// One person written three ways, a family member sharing the landline, and a stranger in
    /// another franchise.
    static let people = [
        #"{"id":"t1","franchise_id":"f1","last_name":"田中","first_name":"太郎","last_name_kana":"タナカ","first_name_kana":"タロウ","phones":["090-1234-5678"],"emails":["taro.tanaka@example.jp"],"reservation_count":12,"created_at":"2019-04-01T10:00:00Z","memo":"窓際希望"}"#,
        #"{"id":"t2","franchise_id":"f1","last_name":"タナカ","first_name":"タロウ","phones":["+819012345678","03-3333-4444"],"emails":[],"reservation_count":3,"created_at":"2021-01-01T10:00:00Z"}"#,
        #"{"id":"t3","franchise_id":"f1","last_name":"Tanaka","first_name":"Tarou","phones":["０９０１２３４５６７８"],"emails":["TARO.TANAKA@example.jp"],"reservation_count":1,"created_at":"2022-06-01T10:00:00Z"}"#,
        #"{"id":"t4","franchise_id":"f1","last_name":"田中","first_name":"花子","phones":["03-3333-4444"],"emails":["hanako@example.jp"],"reservation_count":5}"#,
        #"{"id":"t5","franchise_id":"f2","last_name":"田中","first_name":"太郎","phones":["090-1234-5678"],"emails":["taro.tanaka@example.jp"]}"#,
    ]

    /// Distinct people, so that u and term frequencies have something to stand on.
    static func background(_ n: Int) -> [String] {
        let lasts = ["佐藤", "鈴木", "高橋", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木"]
        let firsts = ["翔太", "陽菜", "蓮", "結衣", "大輝", "美咲", "健太", "彩", "拓海", "七海"]
        return (0..<n).map { k in
            """
            {"id":"bg\(k)","franchise_id":"f1","last_name":"\(lasts[k % lasts.count])","first_name":"\(firsts[(k / lasts.count) % firsts.count])\(k)","phones":["090\(String(format: "%08d", 10_000_000 + k * 7_919 % 89_999_999))"],"emails":["bg\(k)@mail.example.jp"]}
            """
        }
    }

    @Test("a run that found exactly the truth gets perfect pairwise figures")
    func perfectRun() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        // A base of two hundred records cannot estimate a prior: fix one, as the pipeline tests do.
        _ = try cli.writeFastRules()
        let rules = try cli.read("fast.yaml").replacingOccurrences(of: "prior: estimate", with: "prior: 0.0005")
        try cli.write(rules, to: "rules.yaml")
        try cli.write((Self.background(200) + Self.people).joined(separator: "\n") + "\n", to: "base.jsonl")
        var truth = "customer_id,entity_id\n"
        for k in 0..<200 { truth += "bg\(k),e\(k)\n" }
        truth += "t1,tanaka\nt2,tanaka\nt3,tanaka\nt4,hanako\nt5,other\n"
        try cli.write(truth, to: "truth.csv")

        #expect(try cli.run(["import", "base.jsonl", "--db", "t.sqlite", "--quiet"]).status == 0)
        let run = try cli.run(["run", "--db", "t.sqlite", "--rules", cli.path("rules.yaml"), "--threads", "2", "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let evaluation = try cli.run(["evaluate", "--db", "t.sqlite", "--truth", "truth.csv", "--json"])
        #expect(evaluation.status == 0, "\(evaluation.stderr)")
        let figures = try #require(try JSONSerialization.jsonObject(with: Data(evaluation.stdout.utf8)) as? [String: Any])
        let suggested = try #require(figures["suggested"] as? [String: Double])
        #expect(suggested["pairs.true"] == 3)
        #expect(suggested["clusters.pairwise.true_positives"] == 3)
        #expect(suggested["clusters.pairwise.recall"] == 1)
        #expect(suggested["clusters.pairwise.precision"] == 1)
    }
}

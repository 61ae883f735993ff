import CRMModel
import Foundation
import Matching
import Reporting
import Resolution
import Testing
import TestSupport

@Suite("JSON report")
struct JSONReportTests {
    @Test("a three-member cluster carries its request, body, members and explanation")
    func structure() throws {
        let merge = try threeMemberMerge()
        guard case .object(let o) = JSONReport.object(for: merge) else {
            Issue.record("a cluster is a JSON object")
            return
        }
        #expect(o.keys == ["cluster_id", "cluster_key", "franchise_id", "victor_id", "victim_ids", "confidence", "match_weight",
                           "auto_merge", "review_reasons", "notes", "method", "path", "body", "members", "after", "explanation"])
        #expect(o["cluster_id"] == .number("7"))
        #expect(o["cluster_key"] == .null)
        var keyed = merge
        keyed.clusterKey = "x"
        guard case .object(let k) = JSONReport.object(for: keyed) else { return }
        #expect(k["cluster_key"] == .string("x"))
        #expect(o["victor_id"] == .string("v"))
        #expect(o["victim_ids"] == .array([.string("x"), .string("y")]))
        #expect(o["confidence"] == .number("0.987654"))
        #expect(o["auto_merge"] == .bool(false))
        #expect(o["method"] == .string("PUT"))
        #expect(o["path"] == .string("/customers/v"))
        #expect(o["body"] == .object(merge.plan.body))
        #expect(merge.plan.body.keys.first == "merge_customer_ids")
        let roles = o["members"]?.arrayValue?.compactMap { $0.objectValue?["role"]?.stringValue }
        #expect(roles == ["victor", "victim", "victim"])
        let first = o["explanation"]?.arrayValue?.first?.objectValue
        #expect(first?.keys == ["customer_a", "customer_b", "match_weight", "probability", "prior_weight", "comparisons"])
        #expect(first?["comparisons"]?.arrayValue?.first == .object(JSONObject([
            "comparison": .string("last_name"), "level": .string("reading_exact"),
            "weight": .number("8.5"), "detail": .string("田中 ~ タナカ"),
        ])))
    }

    @Test("the rendered report is valid JSON with one object per cluster", arguments: [true, false])
    func validJSON(pretty: Bool) throws {
        let merge = try threeMemberMerge()
        let text = JSONReport.render([merge, merge], pretty: pretty)
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 2)
        let body = parsed?.first?["body"] as? [String: Any]
        #expect(body?["merge_customer_ids"] as? [String] == ["x", "y"])
        #expect(body?["phones"] as? [String] == ["+819033334444"])
        #expect(body?["overwrite_phones"] == nil)
        #expect((parsed?.first?["after"] as? [String: Any])?["phones"] as? [String] == ["+819011112222", "+819033334444"])
        #expect((parsed?.first?["members"] as? [[String: Any]])?.first?["last_name"] as? String == "田中")
    }

    @Test("an empty report is an empty array")
    func empty() {
        #expect(JSONReport.render([]) == "[]\n")
        #expect(JSONReport.render([], pretty: false) == "[]\n")
    }

    @Test("streaming cluster by cluster writes the same text as rendering at once")
    func streaming() throws {
        let merges = try (0..<50).map { i -> SuggestedMerge in
            var m = try threeMemberMerge()
            m.clusterID = i
            return m
        }
        let path = temporaryPath("report.json")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try JSONReportWriter(path: path)
        for m in merges { try writer.append(m) }
        #expect(!FileManager.default.fileExists(atPath: path))
        try writer.finish()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == JSONReport.render(merges))
        #expect(throws: ReportError(code: .alreadyFinished, path: path, message: "the report is already finished")) {
            try writer.append(merges[0])
        }
    }
}

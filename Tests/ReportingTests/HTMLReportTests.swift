import CRMModel
import Foundation
import Reporting
import Resolution
import Testing
import TestSupport

@Suite("HTML report")
struct HTMLReportTests {
    static let hostileName = "<img src=x onerror=alert(1)>"
    static let hostileFirst = "</script><script>alert(2)</script>&amp;\u{2028}\u{2029}"

    static func context(_ mode: HTMLPageMode = .report) -> HTMLReportContext {
        HTMLReportContext(runID: 3, reviewThreshold: 0.65, autoMergeThreshold: 0.99,
                          bandFloors: [0.999, 0.99, 0.95, 0.9, 0.8, 0], runFinishedAt: "2026-11-27T10:00:00Z", mode: mode)
    }

    static func merge(_ id: Int, confidence: Double, weight: Double, auto: Bool) throws -> SuggestedMerge {
        var m = try threeMemberMerge()
        m.clusterID = id
        m.confidence = confidence
        m.matchWeight = weight
        m.autoMergeEligible = auto
        return m
    }

    /// The text of the data block, as the browser hands it to `JSON.parse`.
    static func dataBlock(_ page: String) throws -> String {
        let open = #"<script type="application/json" id="tcd-data">"#
        let start = try #require(page.range(of: open))
        let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        return String(page[start.upperBound..<end.lowerBound])
    }

    @Test("hostile names reach the page only inside the data block, escaped, and read back unchanged")
    func hostileNamesAreEscaped() throws {
        let merge = try threeMemberMerge(lastName: Self.hostileName, firstName: Self.hostileFirst)
        let page = HTMLReport.page([merge], context: Self.context())
        #expect(!page.contains("<img"))
        let block = try Self.dataBlock(page)
        let outside = page.replacingOccurrences(of: block, with: "")
        #expect(!outside.contains("alert("), "no part of the hostile names appears outside the data block")
        #expect(page.components(separatedBy: "<script").count - 1 == 2, "the data block and the page's own script only")
        for raw in ["<", ">", "&", "\u{2028}", "\u{2029}"] { #expect(!block.contains(raw), "raw \(raw) in the data block") }
        #expect(block.contains(#"\u003cimg src=x onerror=alert(1)\u003e"#))
        let data = try JSONValue(parsing: block)
        let member = data.objectValue?["clusters"]?.arrayValue?.first?.objectValue?["members"]?.arrayValue?.first?.objectValue
        #expect(member?["last_name"] == .string(Self.hostileName))
        #expect(member?["first_name"] == .string(Self.hostileFirst))
    }

    @Test("the page's script puts data on screen with textContent, never innerHTML or eval")
    func scriptNeverParsesDataAsHTML() throws {
        let page = HTMLReport.page([try threeMemberMerge()], context: Self.context(.review))
        for forbidden in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"] {
            #expect(!page.contains(forbidden), "\(forbidden) in the page")
        }
        #expect(page.contains("textContent"))
        #expect(page.contains("Content-Security-Policy"))
        #expect(!page.contains("http://") || page.contains("xmlns=\"http://www.w3.org/2000/svg\""), "no external resources")
        #expect(!page.contains("src=\"http"), "no external scripts or images")
    }

    @Test("HTMLText.escape turns every markup character into an entity", arguments: [
        ("plain 田中", "plain 田中"),
        ("<b>", "&lt;b&gt;"),
        ("a & b", "a &amp; b"),
        ("\"quoted\" 'single'", "&quot;quoted&quot; &#39;single&#39;"),
        ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
    ])
    func htmlEscaping(input: String, expected: String) {
        #expect(HTMLText.escape(input) == expected)
    }

    @Test("ScriptJSON keeps the same JSON while escaping what HTML would act on")
    func scriptJSONRoundTrips() throws {
        let value = JSONValue.object(JSONObject(["name": .string("</script>\u{2028}<!--&"), "n": .number("1")]))
        let text = ScriptJSON.embeddable(value)
        #expect(text == #"{"name":"\u003c/script\u003e\u2028\u003c!--\u0026","n":1}"#)
        #expect(try JSONValue(parsing: text) == value)
    }

    @Test("overview totals and confidence bands match the clusters given")
    func overviewCounts() throws {
        let merges = [
            try Self.merge(1, confidence: 0.9995, weight: 11, auto: true),
            try Self.merge(2, confidence: 0.995, weight: 7.7, auto: false),
            try Self.merge(3, confidence: 0.93, weight: 3.7, auto: false),
            try Self.merge(4, confidence: 0.7, weight: 1.2, auto: false),
        ]
        let overview = ReportOverview(merges, context: Self.context())
        #expect(overview.clusters == 4)
        #expect(overview.customers == 12)
        #expect(overview.victims == 8)
        #expect(overview.autoMerge == 1)
        #expect(overview.heldBack == 1)
        #expect(overview.review == 3)
        #expect(overview.bands.map(\.clusters) == [1, 1, 0, 1, 0, 1])
        #expect(overview.bands.map(\.floor) == [0.999, 0.99, 0.95, 0.9, 0.8, 0])
        #expect(overview.franchises == ["f1"])
        let page = HTMLReport.page(merges, context: Self.context())
        #expect(page.contains(#"id="fig-clusters"><span class="value">4</span>"#))
        #expect(page.contains(#"id="fig-auto"><span class="value">1</span>"#))
        #expect(page.contains(#"id="fig-review"><span class="value">3</span>"#))
        #expect(page.contains(#"<tr data-floor="0.9"><td>0.9 – 0.95</td><td class="num">1</td>"#))
        let data = try JSONValue(parsing: try Self.dataBlock(page))
        #expect(data.objectValue?["clusters"]?.arrayValue?.count == 4)
        #expect(data.objectValue?["run_id"] == .number("3"))
    }

    @Test("the histogram counts every cluster once and marks both thresholds on the weight axis")
    func histogram() throws {
        let merges = try [11.0, 7.7, 3.7, 1.2, 1.3].enumerated().map { try Self.merge($0.offset, confidence: 0.9, weight: $0.element, auto: false) }
        let h = WeightHistogram(merges, reviewThreshold: 0.5, autoMergeThreshold: 0.99)
        #expect(h.counts.reduce(0, +) == 5)
        #expect(h.reviewWeight == 0)
        #expect(abs(h.autoMergeWeight - 6.6294) < 0.001)
        #expect(h.start <= 0 && h.end > 11)
        let page = HTMLReport.page(merges, context: Self.context())
        #expect(page.contains("threshold review-line"))
        #expect(page.contains("threshold auto-line"))
    }

    @Test("write puts the whole page in the file")
    func writesFile() throws {
        let folder = try TemporaryFolder("tcdedupe-report")
        let path = folder.file("report.html")
        try HTMLReport.write([try threeMemberMerge()], context: Self.context(), to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("<!doctype html>"))
        #expect(text.hasSuffix("</html>\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.html"])
    }
}

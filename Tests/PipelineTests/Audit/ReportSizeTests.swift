import Foundation
import Pipeline
import Reporting
import Store
import StoredRuns
import Testing

@Suite("Reports that stay usable at any size", .serialized)
struct ReportSizeTests {
    static let hostileMarkup = #"<img src=x onerror=alert(1)>"#
    static let formula = #"=HYPERLINK(\"http://evil.example\",\"x\")"#
    static let people = [
        #"{"id":"m1","franchise_id":"f1","last_name":"\#(hostileMarkup)","first_name":"Mallory","phones":["080-7777-1212"],"emails":["mallory@example.net"]}"#,
        #"{"id":"m2","franchise_id":"f1","last_name":"\#(hostileMarkup)","first_name":"Mallory","phones":["+818077771212"],"emails":["mallory@example.net"]}"#,
        #"{"id":"x1","franchise_id":"f1","last_name":"\#(formula)","first_name":"Eve","phones":["070-1212-3434"],"emails":["eve@example.net"]}"#,
        #"{"id":"x2","franchise_id":"f1","last_name":"\#(formula)","first_name":"Eve","phones":["07012123434"],"emails":["eve@example.net"]}"#,
        #"{"id":"t1","franchise_id":"f1","last_name":"田中","first_name":"太郎","phones":["090-1234-5678"],"emails":["taro@example.jp"]}"#,
        #"{"id":"t2","franchise_id":"f1","last_name":"タナカ","first_name":"タロウ","phones":["+819012345678"],"emails":[]}"#,
    ]

    /// Background customers with near-twins, so the run has clusters in every band.
    static func base() -> [String] {
        let background = backgroundCustomers(240)
        // Twins of some background customers, the phone written the other way: clusters for review.
        let twins = background.prefix(40).map { $0.replacingOccurrences(of: "\"id\":\"bg", with: "\"id\":\"tw") }
        // Pairs as sure as the hostile ones: auto-merges.
        let surnames = ["Abe", "Ono", "Endo", "Kudo", "Mori", "Sano"]
        let sure = surnames.enumerated().flatMap { k, name in
            ["+8180555\(1000 + k)0", "080-555-\(1000 + k)0"].enumerated().map { j, phone in
                #"{"id":"s\#(k)-\#(j)","franchise_id":"f1","last_name":"\#(name)","first_name":"Ken","phones":["\#(phone)"],"emails":["\#(name.lowercased())@example.net"]}"#
            }
        }
        return background + twins + sure + people
    }

    static func report(_ fixture: PipelineFixture, _ format: ReportFormat, limit: Int? = ReportJob.defaultHTMLLimit) throws -> (ReportJob.Written, String) {
        let out = fixture.folder + "/report.\(format.rawValue)"
        var job = ReportJob(databasePath: fixture.database, runID: nil, format: format, outputPath: out,
                            minimumConfidence: nil, autoMergeOnly: false)
        job.htmlLimit = limit
        let written = try job.run()
        return (written, try String(contentsOfFile: out, encoding: .utf8))
    }

    /// The JSON document a report page embeds.
    static func pageData(_ html: String) throws -> [String: Any] {
        let open = #"<script type="application/json" id="tcd-data">"#
        let start = try #require(html.range(of: open)).upperBound
        let end = try #require(html.range(of: "</script>", range: start..<html.endIndex)).lowerBound
        return try #require(try JSONSerialization.jsonObject(with: Data(html[start..<end].utf8)) as? [String: Any])
    }

    @Test("CSV and JSON written one cluster at a time equal the whole run rendered at once; formulas stay neutralized")
    func streamedEqualsWhole() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        _ = try fixture.importAndRun(Self.base(), threads: 2)
        let store = try CustomerStore(path: fixture.database, mode: .readOnly)
        let merges = try StoredRun.load(store, runID: try StoredRun.resolveID(store, requested: nil)).merges
        #expect(merges.count > 10)

        let (csvWritten, csv) = try Self.report(fixture, .csv)
        #expect(csvWritten.clusters == merges.count)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: fixture.folder + "/report.csv"))
        #expect(bytes == Data(CSVReport.render(merges).utf8))
        #expect(csv.contains(#","'=HYPERLINK("#))
        #expect(!csv.contains(#","=HYPERLINK"#) && !csv.contains(",=HYPERLINK"))

        let (_, json) = try Self.report(fixture, .json)
        #expect(json == JSONReport.render(merges))
    }

    @Test("the HTML page counts every cluster, carries those needing a person first up to --limit plus the audit sample, and says what it left out")
    func htmlLimit() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        let summary = try fixture.importAndRun(Self.base(), threads: 2)
        #expect(summary.autoMergeClusters >= 3 && summary.clusters - summary.autoMergeClusters >= 2)
        let audit = try AuditJob(databasePath: fixture.database, runID: nil, sampleSize: 2, seed: 5).run()

        let (written, html) = try Self.report(fixture, .html, limit: 1)
        let data = try Self.pageData(html)
        let carried = try #require(data["clusters"] as? [[String: Any]])
        #expect(carried.count == 3 && written.clusters == 3)
        #expect(written.leftOut == summary.clusters - 3)
        // The one carried for people is the least confident of those that need one.
        let needing = carried.filter { !(($0["auto_merge_eligible"] as? Bool) ?? false) }
        #expect(needing.count == 1)
        let sampled = Set(audit.clusters.map(\.clusterID))
        #expect(Set(carried.filter { $0["audit"] as? Bool == true }.compactMap { $0["cluster_id"] as? Int }) == sampled)
        // Figures over every cluster, and a plain note of what was left out and where to see it.
        #expect(html.contains(#"<div class="figure " id="fig-clusters"><span class="value">\#(summary.clusters)</span>"#))
        #expect(html.contains("Left out: \(summary.clusters - 3) clusters"))
        #expect(html.contains("tcdedupe review") && html.contains("--all"))
        #expect(html.contains("Audit of the auto-merges: 2 clusters sampled, none judged yet"))
        #expect(!html.contains("<img src=x"))

        let (allWritten, everything) = try Self.report(fixture, .html, limit: nil)
        #expect(allWritten.clusters == summary.clusters && allWritten.leftOut == 0)
        #expect(try #require(try Self.pageData(everything)["clusters"] as? [[String: Any]]).count == summary.clusters)
        #expect(everything.contains("This page carries all \(summary.clusters) clusters"))
        // Customer text travels only inside the escaped data block, never as markup.
        #expect(!everything.contains("<img src=x") && everything.contains(#"\u003cimg src=x onerror=alert(1)\u003e"#))
    }
}

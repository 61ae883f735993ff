import CRMModel
import Foundation
import Pipeline
import Store
import StoredRuns
import Testing

@Suite("A batch run over a small Japanese base", .serialized)
struct BatchRunTests {
    /// One person written three ways (kanji with reading, katakana, romaji; national, E.164 and
    /// full-width phones), a family member sharing the landline, and a stranger.
    static let people = [
        #"{"id":"t1","franchise_id":"f1","last_name":"田中","first_name":"太郎","last_name_kana":"タナカ","first_name_kana":"タロウ","phones":["090-1234-5678"],"emails":["taro.tanaka@example.jp"],"reservation_count":12,"created_at":"2019-04-01T10:00:00Z","memo":"窓際希望"}"#,
        #"{"id":"t2","franchise_id":"f1","last_name":"タナカ","first_name":"タロウ","phones":["+819012345678","03-3333-4444"],"emails":[],"reservation_count":3,"created_at":"2021-01-01T10:00:00Z"}"#,
        #"{"id":"t3","franchise_id":"f1","last_name":"Tanaka","first_name":"Tarou","phones":["０９０１２３４５６７８"],"emails":["TARO.TANAKA@example.jp"],"reservation_count":1,"created_at":"2022-06-01T10:00:00Z"}"#,
        #"{"id":"t4","franchise_id":"f1","last_name":"田中","first_name":"花子","phones":["03-3333-4444"],"emails":["hanako@example.jp"],"reservation_count":5}"#,
        #"{"id":"t5","franchise_id":"f2","last_name":"田中","first_name":"太郎","phones":["090-1234-5678"],"emails":["taro.tanaka@example.jp"]}"#,
    ]

    @Test("the same person in kanji, katakana and romaji becomes one cluster; family and other franchises stay out")
    func cluster() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        let summary = try fixture.importAndRun(backgroundCustomers(200) + Self.people, threads: 2)
        #expect(summary.customers == 205)
        #expect(summary.clustersByConfidence.map(\.clusters).reduce(0, +) == summary.clusters)
        #expect(summary.autoMergeClusters + summary.heldBackClusters + summary.reviewClusters == summary.clusters)

        let out = fixture.folder + "/report.json"
        try ReportJob(databasePath: fixture.database, runID: nil, format: .json, outputPath: out,
                      minimumConfidence: nil, autoMergeOnly: false).run()
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [[String: Any]])
        let tanaka = try #require(report.first { ($0["victor_id"] as? String) == "t1" })
        #expect(Set(tanaka["victim_ids"] as? [String] ?? []) == ["t2", "t3"])
        let everyone = report.flatMap { [$0["victor_id"] as? String ?? ""] + ($0["victim_ids"] as? [String] ?? []) }
        #expect(!everyone.contains("t4"))
        #expect(!everyone.contains("t5"))

        // The PUT body: victims first, then the victims' phones the victor lacks, in E.164, to
        // append (the victor's own 090-1234-5678 is that number already and stays as written).
        let body = try #require(tanaka["body"] as? [String: Any])
        #expect(body["merge_customer_ids"] as? [String] == tanaka["victim_ids"] as? [String])
        #expect(body["overwrite_phones"] == nil)
        #expect(body["phones"] as? [String] == ["+81333334444"])
        let after = try #require(tanaka["after"] as? [String: Any])
        #expect(after["phones"] as? [String] == ["090-1234-5678", "+81333334444"])
        #expect(after["memo"] as? String == "窓際希望")
        #expect(tanaka["path"] as? String == "/customers/t1")
        let explanation = try #require(tanaka["explanation"] as? [[String: Any]])
        #expect(explanation.count == 2)
    }

    @Test("--auto-merge-only lists exactly the clusters marked for auto-merge")
    func autoMergeOnly() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        let summary = try fixture.importAndRun(backgroundCustomers(200) + Self.people, threads: 1)
        let written = try ReportJob(databasePath: fixture.database, runID: nil, format: .csv,
                                    outputPath: fixture.folder + "/auto.csv", minimumConfidence: nil, autoMergeOnly: true).run()
        #expect(written.clusters == summary.autoMergeClusters)
        let csv = try Data(contentsOf: URL(fileURLWithPath: fixture.folder + "/auto.csv"))
        // A UTF-8 byte order mark first (for Excel), then the header.
        #expect(csv.starts(with: [0xEF, 0xBB, 0xBF] + Array("cluster_id,customer_id,role,victor_id,confidence,match_weight,first_name,last_name,phones,emails,cluster_key".utf8)))
    }

    @Test("a run over an empty store fails with a message that says what to do")
    func emptyStore() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        _ = try CustomerStore(path: fixture.database)
        #expect {
            _ = try BatchRun(databasePath: fixture.database, rules: PipelineFixture.rules(), threads: 1).execute()
        } throws: { error in
            "\(error)".contains("holds no customers") && "\(error)".contains("tcdedupe import")
        }
    }
}

/// Two customers sharing 10,000 phones once kept `run` on a 3-customer base busy for more than
/// ten minutes: the phones were compared pairwise for each of a million "random" pairs.
@Suite("A run over records with thousands of phones")
struct ManyPhonesRunTests {
    @Test("completes, matching on the first phones only, and says how many records were capped")
    func sharedPhones() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        let phones = (0..<10_000).map { "\"090\(10_000_000 + $0)\"" }.joined(separator: ",")
        let people = [
            #"{"id":"a","franchise_id":"f1","last_name":"田中","first_name":"太郎","phones":[\#(phones)]}"#,
            #"{"id":"b","franchise_id":"f1","last_name":"田中","first_name":"太郎","phones":[\#(phones)]}"#,
            #"{"id":"c","franchise_id":"f1","last_name":"鈴木","first_name":"花子","phones":["03-1111-2222"]}"#,
        ]
        let summary = try fixture.importAndRun(people, threads: 2)
        #expect(summary.statistics.cappedRecords == 2)
        #expect(summary.statistics.uSamplePairs == 3)
        #expect(summary.text.contains("capped records         2 with more than 20 phones or emails (only the first 20 matched on)"))
        // The two share a name and their first 20 phones: one candidate pair, proposed once per
        // phone kept (it was 10,000 times before the cap).
        #expect(summary.statistics.candidatePairs == 1)
        #expect(summary.statistics.pairsByRule["phone"] == 20)
    }
}

import Foundation
import Normalization
import Pipeline
import StoredRuns
import Testing

/// Issue 12's target "zero invalid numbers written by a merge", on a run over real files.
@Suite("Phones in a merge payload", .serialized)
struct PhonePayloadTests {
    /// One Korean customer three times: a Japanese mobile in two forms, the Korean mobile typed
    /// without a country code (unreadable in a Japanese base), an Australian mobile with no
    /// country either, and once the Korean mobile on a record whose address says KR.
    static let people = [
        #"{"id":"k1","franchise_id":"f1","last_name":"金","first_name":"民俊","phones":["090-2222-3333","０１０－７８８２－８０２５"],"emails":["minjun.kim@example.kr"],"reservation_count":9}"#,
        #"{"id":"k2","franchise_id":"f1","last_name":"金","first_name":"民俊","phones":["+81 90 2222 3333","0414 762 843"],"emails":["minjun.kim@example.kr"],"reservation_count":2}"#,
        #"{"id":"k3","franchise_id":"f1","last_name":"金","first_name":"民俊","phones":["010-7882-8025"],"emails":["minjun.kim@example.kr"],"addresses":[{"country":"KR","city":"Seoul"}]}"#,
    ]

    @Test("every phone a merge would write is a valid number in E.164; invalid ones are never sent as E.164")
    func onlyValidNumbers() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        _ = try fixture.importAndRun(backgroundCustomers(200) + Self.people, threads: 2)
        let out = fixture.folder + "/report.json"
        try ReportJob(databasePath: fixture.database, runID: nil, format: .json, outputPath: out,
                      minimumConfidence: nil, autoMergeOnly: false).run()
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [[String: Any]])
        let kim = try #require(report.first { ($0["victor_id"] as? String) == "k1" })
        #expect(Set(kim["victim_ids"] as? [String] ?? []) == ["k2", "k3"])
        let body = try #require(kim["body"] as? [String: Any])
        let phones = try #require(body["phones"] as? [String])
        // Phones are appended, never overwritten: the victor's own Japanese mobile (written
        // nationally) is not sent again, its unreadable `０１０…` stays as it was written, and the
        // Korean mobile arrives through k3, whose address says KR.
        #expect(Set(phones) == ["+821078828025"])
        #expect(body["overwrite_phones"] == nil)
        for cluster in report {
            for phone in (cluster["body"] as? [String: Any])?["phones"] as? [String] ?? [] {
                let number = try PhoneNumberLibrary.parse(phone, region: "ZZ").get()
                #expect(number.isValid, "\(phone) is not a valid number")
                #expect(number.e164 == phone, "\(phone) is not in E.164")
            }
        }
    }
}

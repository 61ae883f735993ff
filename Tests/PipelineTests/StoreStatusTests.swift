import Foundation
import Pipeline
import StoredRuns
@testable import Store
import Testing

@Suite("tcdedupe status")
struct StoreStatusTests {
    @Test("a run whose process is gone is shown as interrupted, not unfinished; a finished one with its time")
    func interruptedRunShown() throws {
        let fixture = try PipelineFixture()
        defer { try? FileManager.default.removeItem(atPath: fixture.folder) }
        let killed: Int64
        do {
            let store = try CustomerStore(path: fixture.database)
            let done = try store.createRun(rulesHash: "r", rulesText: nil)
            try store.finishRun(id: done, summaryJSON: "{}", finishedAt: "2026-01-01T00:00:00.000Z")
            killed = try store.createRun(rulesHash: "r", rulesText: nil)
            // The process that started it has gone: this host, a pid no process has.
            let host = try #require(try store.run(id: killed)?.processToken?.split(separator: "|").first)
            try store.db.execute("UPDATE runs SET process_token = '\(host)|boot|1', process_id = \(Int32.max) WHERE id = \(killed)")
        }
        let text = try StoreStatus.collect(databasePath: fixture.database).text
        #expect(text.contains("run \(killed): started"))
        #expect(text.contains("interrupted"))
        #expect(text.contains("finished 2026-01-01T00:00:00.000Z"))
        #expect(!text.contains("unfinished"))
    }
}

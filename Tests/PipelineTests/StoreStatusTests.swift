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

    /// Milliseconds since the epoch of a stored `2026-01-01T00:00:00.123Z`.
    private func milliseconds(_ stamp: String) throws -> Int64 {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let date = try #require(formatter.date(from: stamp))
        return Int64((date.timeIntervalSince1970 * 1_000).rounded())
    }

    @Test("a run's stored start is its real start: the span from start to finish covers every stage")
    func spanCoversTheWholeRun() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        let summary = try fixture.importAndRun(backgroundCustomers(300) + BatchRunTests.people, threads: 1)
        let store = try CustomerStore.openExisting(fixture.database, mode: .readOnly)
        let run = try #require(try store.run(id: summary.runID))
        let span = try milliseconds(try #require(run.finishedAt)) - milliseconds(run.startedAt)
        // The stages' total, in whole milliseconds (the stored times have millisecond precision).
        #expect(span >= Int64((summary.totalSeconds * 1_000).rounded(.down)) - 1,
                "stored span \(span) ms, stages \(summary.totalSeconds) s")
    }

    @Test("the summary and status say that a pair found by several rules or keys counts under each")
    func pairsByRuleOverlapSaid() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        let summary = try fixture.importAndRun(backgroundCustomers(50) + BatchRunTests.people, threads: 1)
        // The Tanaka pairs share phone, name and more: the rules' counts add up to more than the total.
        #expect(summary.statistics.pairsByRule.values.reduce(0, +) > summary.statistics.candidatePairs)
        #expect(summary.text.contains("(a pair found by several rules or keys counts under each: "))
        let status = try StoreStatus.collect(databasePath: fixture.database).text
        #expect(status.contains("latest run's candidate pairs \(summary.statistics.candidatePairs)  (a pair found by several rules or keys counts under each: "))
    }
}

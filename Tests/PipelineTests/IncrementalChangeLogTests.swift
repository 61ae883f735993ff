import Foundation
import Import
import Pipeline
import Rules
@testable import Store
import Synchronization
import Testing

/// The incremental run reads what changed from the store's change log; a base made before the
/// change log still gets the digest path, and both equal a full run with the same model.
@Suite("Incremental runs from the change log", .serialized)
struct IncrementalChangeLogTests {
    /// Progress lines of one run, collected across threads.
    final class Lines: Sendable {
        private let lines = Mutex<[String]>([])
        func add(_ line: String) { lines.withLock { $0.append(line) } }
        var all: [String] { lines.withLock { $0 } }
    }

    /// Runs base, changes, an incremental run and the full run with the base's model; returns
    /// the incremental run's progress lines after checking the two runs are the same.
    private func incrementalEqualsFull(dropChangePosition: Bool) throws -> (lines: [String], summary: RunSummary) {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        let rules = try IncrementalRunTests.rules()
        let file = try fixture.write(backgroundCustomers(150) + IncrementalRunTests.base)
        _ = try CustomerFileImporter(store: try CustomerStore(path: fixture.database)).importFile(at: file)
        let first = try IncrementalRun(databasePath: fixture.database, rules: rules, threads: 2).execute()

        let store = try CustomerStore(path: fixture.database)
        if dropChangePosition {
            // As a full run of a tcdedupe before the change log left it.
            try store.db.execute("DELETE FROM standing_state WHERE part = 'change_position'")
        }
        try IncrementalRunTests.change(store)
        let lines = Lines()
        let incremental = try IncrementalRun(databasePath: fixture.database, rules: rules, threads: 2).execute { lines.add($0) }
        let figures = try #require(incremental.incremental)
        #expect((figures.inserted, figures.updated, figures.deleted) == (4, 4, 3))

        var full = BatchRun(databasePath: fixture.database, rules: rules, threads: 2, train: false)
        full.keptModel = try KeptModel.load(databasePath: fixture.database, runID: first.runID)
        let reference = try full.execute()
        let got = try IncrementalRunTests.outcome(store, run: incremental.runID)
        let expected = try IncrementalRunTests.outcome(store, run: reference.runID)
        #expect(got.pairs == expected.pairs)
        #expect(got.clusters == expected.clusters)
        #expect(incremental.statistics.candidatePairs == reference.statistics.candidatePairs)
        // The summary counts the run's pairs, the ones it holds by reference too.
        #expect(incremental.statistics.scoredPairs == reference.statistics.scoredPairs)
        #expect(incremental.statistics.scoredPairs == got.pairs.count)
        return (lines.all, incremental)
    }

    @Test("an incremental run reads only the changed customers and their neighbours, and equals a full run with the same model")
    func readsOnlyWhatChanged() throws {
        let (lines, summary) = try incrementalEqualsFull(dropChangePosition: false)
        #expect(lines.contains("reading what changed since run 1"))
        #expect(!lines.contains("loading customers"))
        let figures = try #require(summary.incremental)
        // 150 background customers and 18 of the fixture's: far fewer are read again.
        #expect(figures.rebuiltRecords > 0 && figures.rebuiltRecords < 60)
    }

    @Test("a base made before the change log is built on by reading every customer, and says so in one line")
    func baseWithoutChangeLogReadsEveryCustomer() throws {
        let (lines, _) = try incrementalEqualsFull(dropChangePosition: true)
        #expect(lines.contains("reading every customer: run 1 was made before the change log"))
        #expect(lines.contains("loading customers"))
    }
}

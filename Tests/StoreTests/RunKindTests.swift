import Testing
@testable import Store
import TestSupport

@Suite("Run kinds: live runs and dry runs")
struct RunKindTests {
    private func finishedRun(_ store: CustomerStore, dry: Bool = false) throws -> Int64 {
        let id = try store.createRun(rulesHash: "r", rulesText: "version: 1\n")
        if dry { try store.markDryRun(id: id) }
        try store.finishRun(id: id, summaryJSON: "{}")
        return id
    }

    @Test("a run is live unless marked, and the latest-run queries skip dry runs")
    func latestSkipsDryRuns() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try CustomerStore(path: folder.file("tc.db"))
        let live = try finishedRun(store)
        let dry = try finishedRun(store, dry: true)
        #expect(try store.run(id: live)?.kind == .live && store.run(id: dry)?.kind == .dryRun)
        #expect(try store.latestRunID() == live && store.latestRunID(finishedOnly: true) == live)
        #expect(try store.latestRunID(includingDryRuns: true) == dry)
        #expect(try store.latestDryRunID() == dry)
        #expect(try store.latestLiveRunID(before: dry) == live && store.latestLiveRunID(before: live) == nil)
        #expect(throws: StoreError.self) { try store.markDryRun(id: 99) }
    }

    @Test("deleting old dry runs keeps the given one, every live run, and a dry run still going")
    func deleteOldDryRuns() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try CustomerStore(path: folder.file("tc.db"))
        let live = try finishedRun(store)
        let old = try finishedRun(store, dry: true)
        let going = try store.createRun(rulesHash: "r", rulesText: nil)
        try store.markDryRun(id: going)
        let kept = try finishedRun(store, dry: true)
        #expect(try store.deleteDryRuns(except: kept) == [old])
        #expect(try store.runIDs() == [live, going, kept])
    }

    @Test("a database from before run kinds reads every run as live")
    func migratedRunsAreLive() throws {
        let folder = try TemporaryFolder("tcdedupe-store-tests")
        let store = try CustomerStore(path: folder.file("tc.db"))
        let id = try finishedRun(store)
        #expect(try store.hasRunKinds())
        #expect(try store.runKind(id: id) == .live && store.latestDryRunID() == nil)
    }
}

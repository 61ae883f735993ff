import Store
import StoredRuns
import Testing

@Suite("Dry runs: never the latest run, one kept, refused by apply")
struct DryRunTests {
    @Test("review, report, audit and apply pick the latest live run by default, never a newer dry run")
    func latestIgnoresDryRuns() throws {
        let fixture = try RunFixture()
        let live = try fixture.run([FixtureCluster(1, ["a", "b"])])
        let dry = try fixture.run([FixtureCluster(1, ["a", "b", "c"])], kind: .dryRun)
        #expect(try StoredRun.resolveID(fixture.store, requested: nil) == live)
        #expect(try StoredRun.resolveID(fixture.store, requested: dry) == dry)
        #expect(try fixture.store.latestRunID(finishedOnly: true, includingDryRuns: true) == dry)
    }

    @Test("status lists the dry run as one and summarises the latest live run")
    func statusMarksDryRuns() throws {
        let fixture = try RunFixture()
        let live = try fixture.run([FixtureCluster(1, ["a", "b"])])
        try fixture.store.finishRun(id: live, summaryJSON: #"{"clusters":1}"#)
        let dry = try fixture.run([FixtureCluster(1, ["a", "b", "c"])], kind: .dryRun)
        try fixture.store.finishRun(id: dry, summaryJSON: #"{"clusters":99}"#)
        let status = try StoreStatus.collect(databasePath: fixture.path)
        #expect(status.text.contains("run \(dry) (dry run): started"))
        #expect(!status.text.contains("run \(live) (dry run)"))
        guard case .object(let latest)? = status.latestSummary else { Issue.record("no latest summary"); return }
        #expect(latest["clusters"]?.scalarText == "1")
        guard case .object(let json) = status.json else { Issue.record("status JSON is not an object"); return }
        #expect(json["dry_run_ids"] == .array([.number(String(dry))]))
    }

    @Test("apply's check refuses a dry run and says how to make its rules live")
    func applyRefusesDryRun() throws {
        let fixture = try RunFixture()
        let live = try fixture.run([FixtureCluster(1, ["a", "b"])])
        let dry = try fixture.run([FixtureCluster(1, ["a", "b"])], kind: .dryRun)
        try StoredRun.requireLive(fixture.store, runID: live, command: "apply")
        let error = #expect(throws: PipelineError.self) { try StoredRun.requireLive(fixture.store, runID: dry, command: "apply") }
        #expect(error?.message.contains("run \(dry) is a dry run") == true)
        #expect(error?.hint?.contains("without --dry-run") == true)
    }

    @Test("settling a dry run keeps only it and compares it with the latest live run")
    func settleKeepsOne() throws {
        let fixture = try RunFixture()
        let live = try fixture.run([FixtureCluster(1, ["a", "b"])])
        let first = try fixture.run([FixtureCluster(1, ["a", "b", "c"])], kind: .dryRun)
        let second = try fixture.run([FixtureCluster(4, ["a"]), FixtureCluster(5, ["b", "d"])], kind: .dryRun)
        let diff = try #require(try DryRunSettlement.settle(databasePath: fixture.path, runID: second))
        #expect(diff.fromRun == live && diff.toRun == second && diff.toKind == .dryRun)
        #expect(diff.count(.split) == 1)
        #expect(try fixture.store.run(id: first) == nil && fixture.store.clusters(runID: first).isEmpty)
        #expect(try fixture.store.runIDs() == [live, second])
    }

    @Test("diff defaults: the last two live runs; --to dry-run against the latest live run")
    func diffDefaults() throws {
        let fixture = try RunFixture()
        let older = try fixture.run([FixtureCluster(1, ["a", "b"])])
        let newer = try fixture.run([FixtureCluster(1, ["a", "b", "c"])])
        let dry = try fixture.run([FixtureCluster(2, ["b", "c"])], kind: .dryRun)
        let plain = try DiffJob(databasePath: fixture.path).run()
        #expect((plain.fromRun, plain.toRun) == (older, newer) && plain.count(.grown) == 1)
        let trial = try DiffJob(databasePath: fixture.path, to: .dryRun).run()
        #expect((trial.fromRun, trial.toRun) == (newer, dry) && trial.count(.shrunk) == 1)
        let chosen = try DiffJob(databasePath: fixture.path, from: .id(older), to: .id(dry)).run()
        #expect(chosen.fromRun == older && chosen.count(.gainedAndLost) == 1)
        #expect(throws: PipelineError.self) { try DiffJob(databasePath: fixture.path, from: .id(99)).run() }
    }

    @Test("diff with a single live run says a second one is needed")
    func diffNeedsTwoRuns() throws {
        let fixture = try RunFixture()
        try fixture.run([FixtureCluster(1, ["a", "b"])])
        let error = #expect(throws: PipelineError.self) { try DiffJob(databasePath: fixture.path).run() }
        #expect(error?.hint?.contains("two finished runs") == true)
    }
}

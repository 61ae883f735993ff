import Store
import Testing
@testable import Merging

/// `apply` killed at every journal step of every cluster (a simulated crash: the journal is
/// left as a killed process leaves it, every thread stopped at its next write), then run again:
/// no merge is carried out twice, every planned cluster ends verified, and a third apply sends
/// nothing.
@Suite("Killed at every step, then resumed")
struct KillAtEveryStepTests {
    /// Every step, for the first and the second cluster to reach it (`planned` happens once).
    static let points: [(CrashPoint.Step, Int)] = CrashPoint.Step.allCases.flatMap { step in
        step == .planned ? [(step, 1)] : [(step, 1), (step, 2)]
    }

    @Test("killed at each step of each cluster, with one thread and with three, then resumed", arguments: [1, 3])
    func killedAtEveryStep(concurrency: Int) throws {
        for (step, cluster) in Self.points {
            try killThenResume(at: step, cluster: cluster, concurrency: concurrency)
        }
    }

    private func killThenResume(at step: CrashPoint.Step, cluster: Int, concurrency: Int) throws {
        let fixture = try MergingFixture()
        defer { fixture.cleanUp() }
        let crm = try fixture.crm()
        // Every victim checked, so that the later check is among the steps a kill interrupts.
        let configure = { (job: inout ApplyJob) in
            job.changeCursor = "0"
            job.victimChecks.rate = 1
            job.concurrency = concurrency
        }
        let where_ = "killed at \(step.rawValue):\(cluster) with \(concurrency) thread(s)"
        #expect(throws: SimulatedCrash.self, "\(where_)") {
            try fixture.apply(crm, crash: MergingFixture.crash(at: step, cluster: cluster), configure: configure)
        }
        // The merge journalled sent just before the kill may be out or not: the next apply looks first.
        let resumed = try fixture.apply(crm, configure: configure)
        #expect(resumed.failed.isEmpty && resumed.unverified.isEmpty, "\(where_): \(resumed.text)")
        let journal = try CustomerStore(path: fixture.database).journal()
        #expect(journal.count == 2, "\(where_)")
        #expect(journal.allSatisfy { $0.state == .verified }, "\(where_): \(journal.map(\.state))")
        for victor in ["t1", "s2"] {
            #expect(crm.effectiveMerges(to: victor) == 1, "\(where_): \(victor) merged \(crm.effectiveMerges(to: victor)) times")
            #expect(crm.sends(to: victor) == 1, "\(where_): \(crm.sends(to: victor)) PUTs to \(victor)")
        }
        #expect(crm.customer("t2") == nil && crm.customer("s1") == nil, "\(where_)")

        let calls = crm.calls.count
        let third = try fixture.apply(crm, configure: configure)
        #expect(third.alreadyDone == 2, "\(where_)")
        #expect(!crm.calls.dropFirst(calls).contains { if case .send = $0 { true } else { false } }, "\(where_)")
    }
}

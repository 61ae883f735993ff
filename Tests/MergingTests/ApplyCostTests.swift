import Synchronization
import Testing
@testable import Merging

/// `apply` says what the chosen merges cost before it sends anything.
@Suite("What an apply costs, said before it starts")
struct ApplyCostTests {
    @Test("a cluster of n members costs 2n + 1 requests; a dry run n; time at the rate")
    func arithmetic() {
        let cost = ApplyCost(clusters: 284_783, members: 790_000)
        #expect(cost.requests == 2 * 790_000 + 284_783)
        #expect(cost.dryRunRequests == 790_000)
        let line = cost.text(requestsPerSecond: 10, dryRun: false)
        #expect(line.contains("284,783 clusters, 790,000 customers"))
        #expect(line.contains("at least 1,864,783 requests"))
        #expect(line.contains("about 2 d 3 h at --rate 10"))
        let dry = cost.text(requestsPerSecond: 10, dryRun: true)
        #expect(dry.contains("this dry run sends 790,000 GETs, about 21 h 56 min"))
    }

    @Test("the plan's cost is told before the first request, with every chosen cluster's members")
    func toldBeforeAnyRequest() throws {
        let fixture = try MergingFixture()
        defer { fixture.cleanUp() }
        let crm = try fixture.crm()
        let told = Told()
        try fixture.apply(crm, configure: { job in
            job.onPlan = { cost in told.entries.withLock { $0.append((cost, crm.calls.count)) } }
        })
        let seen = told.entries.withLock { $0 }
        #expect(seen.count == 1)
        #expect(seen.first?.1 == 0)
        #expect(seen.first?.0 == ApplyCost(clusters: 2, members: 4))
        // The two clusters (t1+t2, s2+s1) took 2n + 1 = 5 requests each with nothing to wait for.
        #expect(crm.calls.count == seen.first?.0.requests)
    }
}

/// What `onPlan` was told, and how many requests had gone out by then.
private final class Told: Sendable {
    let entries = Mutex<[(ApplyCost, Int)]>([])
}

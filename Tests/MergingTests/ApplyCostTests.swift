import Synchronization
import Testing
@testable import Merging

/// `apply` says what the chosen merges cost before it sends anything.
@Suite("What an apply costs, said before it starts")
struct ApplyCostTests {
    @Test("without a change feed a cluster of n costs n GETs and 1 PUT, plus the victim sample; a dry run n; time at the rate")
    func arithmeticWithoutFeed() {
        let cost = ApplyCost(clusters: 284_783, members: 790_000)
        // 5 % of the 505,217 victims, rounded up.
        #expect(cost.victimChecks == 25_261)
        #expect(cost.requests == 284_783 + 790_000 + 25_261)
        #expect(cost.requests(atRate: 10) == cost.requests)
        #expect(cost.dryRunRequests == 790_000)
        let line = cost.text(requestsPerSecond: 10, dryRun: false)
        #expect(line.contains("284,783 clusters, 790,000 customers"))
        #expect(line.contains("at least 1,100,044 requests (3.86 per cluster)"))
        #expect(line.contains("each member fetched again (no change feed)"))
        let dry = cost.text(requestsPerSecond: 10, dryRun: true)
        #expect(dry.contains("this dry run sends 790,000 GETs, about 21 h 56 min"))
    }

    @Test("with a change feed only changed members are fetched: about one request per merge, feed reads included")
    func arithmeticWithFeed() {
        let cost = ApplyCost(clusters: 284_783, members: 790_000, refetched: 2_000, changeFeedKnown: true)
        #expect(cost.requests == 284_783 + 2_000 + 25_261)
        // 312,044 requests take 31,204 s at 10/s: one feed read every 5 s adds 6,241.
        #expect(cost.requests(atRate: 10) == 312_044 + 6_241)
        #expect(cost.dryRunRequests == 2_000)
        let line = cost.text(requestsPerSecond: 10, dryRun: false)
        #expect(line.contains("at least 318,285 requests (1.12 per cluster)"))
        #expect(line.contains("2,000 changed since export fetched again"))
        #expect(line.contains("the change feed read every 5 s"))
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
        // No change feed: each member fetched (4), one PUT per cluster (2), and the first merge's
        // victim checked later (1), with nothing to wait for.
        #expect(crm.calls.count == seen.first?.0.requests)
        #expect(crm.calls.count == 7)
    }
}

/// What `onPlan` was told, and how many requests had gone out by then.
private final class Told: Sendable {
    let entries = Mutex<[(ApplyCost, Int)]>([])
}

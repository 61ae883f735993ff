import Support

/// What an apply will cost in requests, and so in time at the rate limit, known before it
/// sends anything: an operator of a large base decides from this whether to start, and when.
///
/// A merge of a cluster of n members takes at least 2n + 1 requests today: every member is
/// fetched again (n GETs, the re-check against changes since export), one PUT, then the victor
/// and each victim are fetched once to verify (n GETs). A CRM still completing a merge makes
/// verification fetch again, so the real count can only be higher. A dry run sends only the n
/// fetches of each cluster.
public struct ApplyCost: Sendable, Equatable {
    public var clusters: Int
    /// Customers in those clusters, victors included.
    public var members: Int

    public init(clusters: Int, members: Int) {
        self.clusters = clusters
        self.members = members
    }

    init(_ merges: [PlannedMerge]) {
        self.init(clusters: merges.count, members: merges.reduce(0) { $0 + $1.stored.count })
    }

    /// The fewest requests the merges take: 2n + 1 per cluster of n.
    public var requests: Int { 2 * members + clusters }
    /// The requests of a dry run: the n fetches of each cluster.
    public var dryRunRequests: Int { members }

    /// One line for the terminal, before anything is sent; `requestsPerSecond` is `--rate`.
    public func text(requestsPerSecond: Double, dryRun: Bool) -> String {
        let plan = "plan: \(NumberText.grouped(clusters)) cluster\(clusters == 1 ? "" : "s"), \(NumberText.grouped(members)) customers"
        let merge = "merging takes at least \(NumberText.grouped(requests)) requests (each member fetched, 1 PUT, "
            + "victor and victims checked), \(Self.time(requests, requestsPerSecond)) at --rate \(Self.rate(requestsPerSecond))"
        guard dryRun else { return plan + "; " + merge }
        return plan + "; this dry run sends \(NumberText.grouped(dryRunRequests)) GETs, "
            + "\(Self.time(dryRunRequests, requestsPerSecond)); " + merge
    }

    private static func time(_ requests: Int, _ rate: Double) -> String {
        rate > 0 ? "about " + NumberText.duration(Double(requests) / rate) : "time not bounded by a rate"
    }

    private static func rate(_ rate: Double) -> String {
        rate == rate.rounded() ? String(Int(rate)) : NumberText.fixed(rate, digits: 2)
    }
}

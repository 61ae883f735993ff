import Support

/// What an apply will cost in requests, and so in time at the rate limit, known before it
/// sends anything: an operator of a large base decides from this whether to start, and when.
///
/// A merge costs one PUT. Before it, the members the change feed names as changed since export
/// are fetched again (every member when the feed cannot say: n GETs for a cluster of n). The
/// PUT's answer verifies it when it carries the victor (else one GET of the victor, which the
/// plan cannot know in advance: hence "at least"). The victims of a sample of the merges are
/// fetched later to see them answer 404, and the change feed is read again every few seconds.
/// A dry run sends only the fetches of changed members.
public struct ApplyCost: Sendable, Equatable {
    public var clusters: Int
    /// Customers in those clusters, victors included.
    public var members: Int
    /// Of `members`: those fetched again before their merge.
    public var refetched: Int
    /// Whether the change feed answered (else every member is fetched).
    public var changeFeedKnown: Bool
    /// The fraction of merged clusters whose victims are checked later.
    public var victimCheckRate: Double
    /// How often the change feed is read during the apply, in seconds.
    public var changeFeedInterval: Double

    public init(clusters: Int, members: Int, refetched: Int? = nil, changeFeedKnown: Bool = false,
                victimCheckRate: Double = VictimCheckPolicy().rate, changeFeedInterval: Double = 5) {
        self.clusters = clusters
        self.members = members
        self.refetched = refetched ?? members
        self.changeFeedKnown = changeFeedKnown
        self.victimCheckRate = victimCheckRate
        self.changeFeedInterval = changeFeedInterval
    }

    init(_ merges: [PlannedMerge], refetched: Int, changeFeedKnown: Bool, victimChecks: VictimCheckPolicy) {
        self.init(clusters: merges.count, members: merges.reduce(0) { $0 + $1.stored.count }, refetched: refetched,
                  changeFeedKnown: changeFeedKnown, victimCheckRate: victimChecks.rate)
    }

    /// GETs of victims in the later sample: a share of the victims, at least one cluster's worth.
    public var victimChecks: Int {
        let victims = members - clusters
        guard victims > 0, victimCheckRate > 0 else { return 0 }
        return min(victims, max(1, Int((Double(victims) * min(victimCheckRate, 1)).rounded(.up))))
    }

    /// The fewest requests the merges take without the change-feed reads: PUTs, fetches of
    /// changed members, the victim sample.
    public var requests: Int { clusters + refetched + victimChecks }
    /// The requests of a dry run: the fetches of changed members.
    public var dryRunRequests: Int { refetched }

    /// Requests at `rate` per second, the change-feed reads of that time included.
    public func requests(atRate rate: Double) -> Int {
        guard changeFeedKnown, rate > 0, changeFeedInterval > 0 else { return requests }
        let seconds = Double(requests) / rate
        return requests + Int((seconds / changeFeedInterval).rounded(.up))
    }

    /// One line for the terminal, before anything is sent; `requestsPerSecond` is `--rate`.
    public func text(requestsPerSecond: Double, dryRun: Bool) -> String {
        let plan = "plan: \(NumberText.grouped(clusters)) cluster\(clusters == 1 ? "" : "s"), \(NumberText.grouped(members)) customers"
        let fetched = changeFeedKnown
            ? "\(NumberText.grouped(refetched)) changed since export fetched again"
            : "each member fetched again (no change feed)"
        let total = requests(atRate: requestsPerSecond)
        let perMerge = clusters > 0 ? " (" + NumberText.fixed(Double(total) / Double(clusters), digits: 2) + " per cluster)" : ""
        let merge = "merging takes at least \(NumberText.grouped(total)) requests\(perMerge): 1 PUT each, \(fetched), "
            + "victims of \(Self.percent(victimCheckRate)) checked later\(changeFeedKnown ? ", the change feed read every \(Self.number(changeFeedInterval)) s" : ""); "
            + "\(Self.time(total, requestsPerSecond)) at --rate \(Self.number(requestsPerSecond)) "
            + "(1 GET more per merge if the CRM's PUT answer does not carry the customer)"
        guard dryRun else { return plan + "; " + merge }
        return plan + "; this dry run sends \(NumberText.grouped(dryRunRequests)) GETs, "
            + "\(Self.time(dryRunRequests, requestsPerSecond)); " + merge
    }

    private static func time(_ requests: Int, _ rate: Double) -> String {
        rate > 0 ? "about " + NumberText.duration(Double(requests) / rate) : "time not bounded by a rate"
    }

    private static func number(_ x: Double) -> String {
        x == x.rounded() ? String(Int(x)) : NumberText.fixed(x, digits: 2)
    }

    private static func percent(_ rate: Double) -> String {
        number((min(max(rate, 0), 1) * 1000).rounded() / 10) + " %"
    }
}

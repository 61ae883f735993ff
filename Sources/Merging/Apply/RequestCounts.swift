/// The CRM calls one `apply` made, by purpose, for the summary's requests per merge.
///
/// Calls as `apply` made them: a call the client retried after a 5xx or a dropped connection
/// counts once (the client's retries are the faults' cost, not the engine's).
public struct RequestCounts: Sendable, Equatable {
    /// GETs of members before their merge (those the change feed named, or all when it was unknown).
    public var memberFetches = 0
    /// PUTs (each merge once, more only when a check showed one never took effect).
    public var puts = 0
    /// GETs of victors to verify, when the PUT's answer did not carry the customer or was lost.
    public var victorFetches = 0
    /// GETs of victims: the later sample, and the checks after a lost answer.
    public var victimChecks = 0
    /// Reads of the change feed.
    public var changeFeedReads = 0

    public init() {}

    public var total: Int { memberFetches + puts + victorFetches + victimChecks + changeFeedReads }
    public var gets: Int { memberFetches + victorFetches + victimChecks }
}

import Synchronization

/// Which customers may have changed since they were exported, from the CRM's change feed, so
/// that `apply` fetches again only those before a merge and takes the others' stored records
/// as they are.
///
/// The feed is read from the cursor recorded when the records were exported, once before the
/// first cluster, then again whenever ``pollInterval`` has passed (the next cluster's thread
/// reads it; the others wait for that one answer). A change made in the CRM after the last read
/// is not seen until the next one, so the interval bounds how old the knowledge behind a PUT can
/// be: at the default 5 s it is a few seconds, as the gap between a GET and its PUT is under
/// real latency, for one request every 5 s (2 % of `--rate 10`). A feed that cannot say (no
/// cursor, no Sync API, a cursor too old) or a read that fails makes every member be fetched,
/// the safe way, until a later read succeeds.
final class ChangeTracker: Sendable {
    private struct State {
        var cursor: String?
        var changed: Set<String> = []
        /// Why the feed cannot be trusted now; nil while it can.
        var unknownBecause: String?
        var lastRead: ContinuousClock.Instant?
        var reads = 0
        /// True once the feed said it cannot answer for this cursor: asking again would not help.
        var givenUp = false
    }

    private let api: any MergeAPI
    let pollInterval: Duration
    private let state: Mutex<State>
    private let clock = ContinuousClock()

    /// - Parameter cursor: the feed's cursor when the stored records were exported; nil when
    ///   none was recorded (then the feed is never asked and every member is fetched).
    init(api: any MergeAPI, cursor: String?, pollInterval: Duration) {
        self.api = api
        self.pollInterval = pollInterval
        state = Mutex(State(cursor: cursor, unknownBecause: cursor == nil ? "no change-feed cursor was recorded when the customers were exported" : nil,
                            givenUp: cursor == nil))
    }

    /// Whether `id` must be fetched before its merge: named by the feed, or the feed unknown.
    func mayHaveChanged(_ id: String) throws -> Bool {
        try readIfDue()
        return state.withLock { $0.unknownBecause != nil || $0.changed.contains(id) }
    }

    /// True while the feed answers: members it does not name are used as exported.
    var isKnown: Bool { state.withLock { $0.unknownBecause == nil } }
    /// Reads of the feed so far (requests, for the summary).
    var reads: Int { state.withLock { $0.reads } }
    /// Customers the feed named so far.
    var changedCount: Int { state.withLock { $0.changed.count } }
    /// Why every member is being fetched, or nil.
    var unknownReason: String? { state.withLock { $0.unknownBecause } }

    /// Reads the feed when it was never read or ``pollInterval`` has passed since the last read.
    /// Holds the lock while it asks, so that no member is judged on knowledge about to be replaced.
    func readIfDue() throws {
        try state.withLock { s throws in
            guard !s.givenUp, let cursor = s.cursor else { return }
            let now = clock.now
            if let last = s.lastRead, last.duration(to: now) < pollInterval { return }
            s.lastRead = now
            s.reads += 1
            do {
                switch try api.customersChanged(since: cursor) {
                case .known(let ids, let upTo):
                    s.changed.formUnion(ids)
                    s.cursor = upTo
                    s.unknownBecause = nil
                case .unknown(let why):
                    s.unknownBecause = why
                    s.givenUp = true
                }
            } catch {
                // A failed read leaves the changes since the cursor unknown: fetch everything
                // until a later read covers them (the cursor stays where it was).
                s.unknownBecause = "the change feed could not be read: \(error)"
            }
        }
    }
}

import Synchronization

/// The sampled clusters whose victims are still to be checked for 404, each due ``VictimCheckPolicy/delay``
/// after its PUT (see ``VictimCheckPolicy``).
final class VictimCheckQueue: Sendable {
    struct Check: Sendable {
        let clusterID: Int
        let victorID: String
        let victimIDs: [String]
        let due: ContinuousClock.Instant
    }

    private struct State {
        var pending: [Check] = []
        var merged = 0
        /// Set by the first sampled victim found still answering: every later merge is checked.
        var escalated = false
        var sampled = 0
        var stillAnswering = 0
    }

    let policy: VictimCheckPolicy
    private let state = Mutex(State())
    private let clock = ContinuousClock()

    init(policy: VictimCheckPolicy) {
        self.policy = policy
    }

    /// Counts a verified merge and tells whether its victims are sampled (then queues them).
    func merged(clusterID: Int, victorID: String, victimIDs: [String]) -> Bool {
        let due = clock.now + policy.delay
        return state.withLock { s in
            s.merged += 1
            guard s.escalated || (policy.rate > 0 && (s.merged - 1) % policy.every == 0) else { return false }
            s.sampled += 1
            s.pending.append(Check(clusterID: clusterID, victorID: victorID, victimIDs: victimIDs, due: due))
            return true
        }
    }

    /// The oldest check that is due (or any, with `evenIfNotDue`: the end of the apply).
    func next(evenIfNotDue: Bool) -> Check? {
        let now = clock.now
        return state.withLock { s in
            guard let first = s.pending.first, evenIfNotDue || first.due <= now else { return nil }
            return s.pending.removeFirst()
        }
    }

    /// A sampled cluster's victims still answered past the patience: check every later merge.
    func foundStillAnswering() {
        state.withLock {
            $0.stillAnswering += 1
            $0.escalated = true
        }
    }

    var sampled: Int { state.withLock { $0.sampled } }
    var stillAnswering: Int { state.withLock { $0.stillAnswering } }
    var escalated: Bool { state.withLock { $0.escalated } }
}

import Store
import Synchronization

/// The store as the merge threads share it: one SQLite connection, one writer at a time.
///
/// Each cluster's steps are written by the one thread that carries the cluster, in order;
/// clusters interleave. After a deliberate crash (``halt()``) every later write throws
/// ``SimulatedCrash`` instead, so that the journal is left as a killed process leaves it: the
/// other threads stop at their next step.
final class SharedJournal: @unchecked Sendable {
    // Safe: `store` is only touched inside `lock`, and `halted` is a Mutex itself.
    private let store: CustomerStore
    private let lock = Mutex<Void>(())
    private let halted = Mutex<CrashPoint.Step?>(nil)

    init(store: CustomerStore) {
        self.store = store
    }

    /// Stops every later write (a crash at `step` ended the apply).
    func halt(at step: CrashPoint.Step) {
        halted.withLock { if $0 == nil { $0 = step } }
    }

    var isHalted: Bool { halted.withLock { $0 != nil } }

    /// Runs `body` with the store, alone.
    func write<T: Sendable>(_ body: (CustomerStore) throws -> T) throws -> T {
        if let step = halted.withLock({ $0 }) { throw SimulatedCrash(step: step) }
        return try lock.withLock { _ in try body(store) }
    }

    func markMerge(runID: Int64, clusterID: Int, _ state: JournalState, reason: String? = nil) throws {
        try write { try $0.markMerge(runID: runID, clusterID: clusterID, state, reason: reason) }
    }

    func journalEntry(runID: Int64, clusterID: Int) throws -> JournalEntry? {
        try write { try $0.journalEntry(runID: runID, clusterID: clusterID) }
    }
}

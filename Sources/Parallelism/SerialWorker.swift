import Dispatch

/// Runs jobs one after another on a background thread while the caller goes on preparing the
/// next ones.
///
/// A run has one-threaded parts (SQLite reads one row at a time; one connection writes) beside
/// parts that use every core. Handing the one-threaded part to a worker lets the two overlap
/// instead of taking turns. At most `depth` jobs wait behind the running one, so a fast producer
/// cannot pile up memory: `submit` blocks until there is room.
///
/// Jobs run in submission order. After a job throws, the later ones are skipped, and `finish`
/// rethrows the first error.
public final class SerialWorker: @unchecked Sendable {
    private let queue: DispatchQueue
    private let room: DispatchSemaphore
    private let group = DispatchGroup()
    /// Touched only by jobs on `queue`, and read by `finish` after `group.wait()`.
    private var firstError: (any Error)?

    /// - Parameter depth: jobs that may wait while one runs (at least 1).
    public init(label: String, depth: Int = 1) {
        queue = DispatchQueue(label: label)
        room = DispatchSemaphore(value: max(1, depth) + 1)
    }

    /// Queues `job`, waiting first while `depth` jobs are already waiting.
    public func submit(_ job: @escaping @Sendable () throws -> Void) {
        room.wait()
        group.enter()
        queue.async {
            defer {
                self.room.signal()
                self.group.leave()
            }
            guard self.firstError == nil else { return }
            do { try job() } catch { self.firstError = error }
        }
    }

    /// Waits until every submitted job has run; rethrows the first error a job threw.
    public func finish() throws {
        group.wait()
        if let firstError { throw firstError }
    }
}

import Foundation
import Reviewing

/// How far the background build of the run's search keys is, shared between the thread that
/// builds them and the requests that report it.
final class SearchIndexStatus: @unchecked Sendable {
    private let lock = NSLock()
    private var share = 0.0
    private var error: String?

    /// Whole percent done.
    var percent: Int { locked { Int(share * 100) } }

    /// Why the build failed, if it did.
    var failure: String? { locked { error } }

    func update(_ value: Double) { locked { share = value } }

    func fail(_ message: String) { locked { error = message } }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    /// Builds the run's search keys on a thread of its own (it reads and normalizes every
    /// cluster member once: seconds to a minute at a million customers), so the server listens
    /// at once and serves the queue meanwhile; only searches wait for it.
    func buildInBackground(databasePath: String, runID: Int64) {
        let builder = ReviewSearchIndexBuilder(databasePath: databasePath, runID: runID)
        Thread.detachNewThread { [self] in
            do {
                try builder.buildIfNeeded { self.update($0) }
                update(1)
            } catch {
                fail("\(error)")
            }
        }
    }
}

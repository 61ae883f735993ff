import Dispatch

/// The threads the sandbox answers on: its own, not the Swift concurrency pool.
///
/// In tests the sandbox shares a process with its callers, and they block: a curl request waits
/// for the answer, a synchronous test runs a whole batch run. The pool has one thread per core
/// (two here), so a sandbox whose handlers needed the pool could get none of it until the
/// client's timeout fired. The server's task prefers this executor, and so do the child tasks
/// that handle its connections, so it keeps answering whatever else the process does.
final class SandboxExecutor: TaskExecutor {
    private let queue = DispatchQueue(label: "tcdedupe.sandbox", attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}

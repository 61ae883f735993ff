import CRMModel
import Dispatch
import Synchronization

/// Carries the clusters of one `apply` on up to `concurrency` threads at once, so that the rate
/// limit, not the CRM's latency, bounds the merges per second: with answers taking 200 ms, one
/// cluster at a time would manage a few requests a second whatever `--rate` allows.
///
/// Each thread takes the next cluster in plan order and carries it through all its steps, so
/// each cluster's journal states are written in order by one thread while clusters interleave.
/// Between clusters a thread runs the victim checks that have come due; when no cluster is left,
/// the rest of them. The threads are dispatch queues of their own (not the Swift concurrency
/// pool): every CRM call blocks its thread until answered. A thread that fails stops the others
/// from taking new clusters (those under way finish); a simulated crash stops them at their next
/// journal write.
struct ParallelApply {
    let runner: MergeRunner
    let merges: [PlannedMerge]
    let concurrency: Int
    /// `--dry-run`: each request that would be sent, in plan order.
    let emit: (JSONObject) throws -> Void

    private final class Shared: @unchecked Sendable {
        // Safe: every mutable field is a Mutex; `emit` is called only inside `emitted`.
        let next = Mutex(0)
        let stop = Mutex(false)
        let firstError = Mutex<(any Error)?>(nil)
        let summary: Mutex<ApplySummary>
        /// Dry-run lines waiting for the ones before them, and the index of the next to emit.
        let emitted = Mutex<(waiting: [Int: JSONObject?], next: Int)>(([:], 0))
        let emit: (JSONObject) throws -> Void

        init(summary: ApplySummary, emit: @escaping (JSONObject) throws -> Void) {
            self.summary = Mutex(summary)
            self.emit = emit
        }

        func record(_ error: any Error) {
            firstError.withLock { if $0 == nil { $0 = error } }
            stop.withLock { $0 = true }
        }

        var stopped: Bool { stop.withLock { $0 } }

        /// Hands the dry-run line of cluster `index` (or its absence) over, emitting every line
        /// whose predecessors are all in.
        func deliver(_ line: JSONObject?, at index: Int) throws {
            try emitted.withLock { e throws in
                e.waiting[index] = .some(line)
                while let ready = e.waiting.removeValue(forKey: e.next) {
                    e.next += 1
                    if let ready { try emit(ready) }
                }
            }
        }
    }

    /// The worker loop handed to dispatch queues: `ParallelApply` vouches that what it captures
    /// is shared safely (the runner's locks, the `Shared` box).
    private struct UncheckedJob: @unchecked Sendable {
        let body: () -> Void
    }

    /// Runs every cluster and every victim check; adds the outcomes to `summary`.
    func run(into summary: inout ApplySummary) throws {
        let shared = Shared(summary: summary, emit: emit)
        let workers = max(1, min(concurrency, max(merges.count, 1)))
        let job = UncheckedJob(body: { work(shared) })
        if workers == 1 {
            job.body()
        } else {
            let group = DispatchGroup()
            for k in 0..<workers {
                DispatchQueue(label: "tcdedupe.apply.\(k)").async(group: group) { job.body() }
            }
            group.wait()
        }
        summary = shared.summary.withLock { $0 }
        if let error = shared.firstError.withLock({ $0 }) { throw error }
    }

    /// One thread's loop: due victim checks first, then the next cluster, then (at the end) the
    /// victim checks not due yet.
    private func work(_ shared: Shared) {
        while !shared.stopped {
            do {
                var part = ApplySummary(runID: 0, selection: .auto, dryRun: runner.dryRun)
                if let check = runner.victimChecks.next(evenIfNotDue: false) {
                    try victimCheck(check, &part)
                } else if let index = shared.next.withLock({ n -> Int? in
                    guard n < merges.count else { return nil }
                    defer { n += 1 }
                    return n
                }) {
                    let merge = merges[index]
                    runner.progress("cluster \(merge.clusterID) (\(index + 1) of \(merges.count))")
                    let line = try runner.apply(merge, summary: &part)
                    if runner.dryRun { try shared.deliver(line, at: index) }
                } else if let check = runner.victimChecks.next(evenIfNotDue: true) {
                    try victimCheck(check, &part)
                } else {
                    return
                }
                shared.summary.withLock { $0.absorb(part) }
            } catch {
                shared.record(error)
                return
            }
        }
    }

    private func victimCheck(_ check: VictimCheckQueue.Check, _ part: inout ApplySummary) throws {
        runner.progress("checking the victims of cluster \(check.clusterID)")
        _ = try runner.checkVictims(check, summary: &part)
    }
}

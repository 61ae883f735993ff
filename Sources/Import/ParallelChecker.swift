import Dispatch

/// Checks the records of one piece of the file on several threads, keeping their order.
///
/// Each thread takes a contiguous share of the records with its own ``RecordChecker`` (and
/// parser) and writes verdicts into its slots of one preallocated buffer: no locks, no
/// merging. Parsing is most of an import's work before the database, so two cores nearly
/// halve it.
final class ParallelChecker {
    private let checkers: [RecordChecker]

    init(options: ImportOptions) {
        checkers = (0..<max(options.parserThreads, 1)).map { _ in RecordChecker(options: options) }
    }

    /// The verdicts for `records`, in order.
    func check(_ records: [RawRecord], in buffer: UnsafeRawBufferPointer) -> [RecordResult] {
        let threads = records.count < 64 ? 1 : min(checkers.count, records.count)
        if threads == 1 {
            return records.map { checkers[0].check($0, in: buffer) }
        }
        let results = UnsafeMutablePointer<RecordResult>.allocate(capacity: records.count)
        defer { results.deallocate() }
        let shared = SharedState(checkers: checkers, records: records, buffer: buffer, results: results)
        DispatchQueue.concurrentPerform(iterations: threads) { t in
            let share = (shared.records.count + threads - 1) / threads
            let start = t * share
            let end = min(start + share, shared.records.count)
            guard start < end else { return }
            let checker = shared.checkers[t]
            for i in start..<end {
                (shared.results + i).initialize(to: checker.check(shared.records[i], in: shared.buffer))
            }
        }
        return Array(UnsafeMutableBufferPointer(start: results, count: records.count).moveElements())
    }
}

/// What the threads share. Safe to send: each thread reads the records and the buffer (which
/// nothing writes meanwhile), uses only its own checker, and writes only its own result slots.
private struct SharedState: @unchecked Sendable {
    let checkers: [RecordChecker]
    let records: [RawRecord]
    let buffer: UnsafeRawBufferPointer
    let results: UnsafeMutablePointer<RecordResult>
}

private extension UnsafeMutableBufferPointer {
    /// Moves the (initialized) elements out, leaving the memory uninitialized.
    func moveElements() -> [Element] {
        [Element](unsafeUninitializedCapacity: count) { out, initialized in
            _ = out.moveInitialize(fromContentsOf: self)
            initialized = count
        }
    }
}

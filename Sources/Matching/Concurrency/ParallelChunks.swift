import Dispatch

/// Runs work over fixed-size chunks of an index range on several threads.
///
/// Chunks are a fixed size whatever the thread count, and results come back in chunk order, so
/// the outcome is the same with 1 thread or 16: determinism does not depend on scheduling.
public enum ParallelChunks {
    /// Calls `body` once per chunk of `0..<count` and returns the results in chunk order.
    public static func map<T>(count: Int, chunkSize: Int, threads: Int, _ body: (Range<Int>) -> T) -> [T] {
        let chunks = count == 0 ? 0 : (count + chunkSize - 1) / chunkSize
        if chunks == 0 { return [] }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: chunks)
        results.initialize(repeating: nil)
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        let slots = SendableBuffer(base: results)
        let workers = max(1, min(threads, chunks))
        withoutActuallyEscaping(body) { body in
            let task = UncheckedSendable(value: body)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var chunk = worker
                while chunk < chunks {
                    let lo = chunk * chunkSize
                    slots.base[chunk] = task.value(lo..<min(count, lo + chunkSize))
                    chunk += workers
                }
            }
        }
        return results.map { $0! }
    }
}

/// A buffer written by several threads at disjoint indices.
struct SendableBuffer<T>: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<T>
}

/// A value handed to worker threads that only read it (or write disjoint parts of it).
struct UncheckedSendable<T>: @unchecked Sendable {
    let value: T
}

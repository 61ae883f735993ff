import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs work over index ranges on all cores, each chunk writing only its own slot.
///
/// `DispatchQueue.concurrentPerform` over a handful of chunks: measured on this kind of
/// machine to scale with the cores, where task groups returning arrays did not.
enum ParallelChunks {
    /// Below this many items per chunk, threads cost more than they save.
    static let minimumChunk = 2_048

    /// Splits `0..<count` into contiguous ranges: a few per core for load balance.
    static func ranges(count: Int, chunksPerCore: Int = 4) -> [Range<Int>] {
        guard count > 0 else { return [] }
        let cores = max(1, ProcessorCount.active)
        let chunkCount = max(1, min(cores * chunksPerCore, count / minimumChunk))
        let size = (count + chunkCount - 1) / chunkCount
        return stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
    }

    /// Calls `body` once per range, in parallel, and returns the results in range order.
    static func map<Result>(_ ranges: [Range<Int>], _ body: (Range<Int>) -> Result) -> [Result] {
        if ranges.count <= 1 { return ranges.map(body) }
        let slots = UnsafeMutableBufferPointer<Result?>.allocate(capacity: ranges.count)
        slots.initialize(repeating: nil)
        defer { slots.deallocate() }
        let shared = SlotBuffer(slots: slots)
        withoutActuallyEscaping(body) { body in
            let work = UncheckedSendable(body)
            DispatchQueue.concurrentPerform(iterations: ranges.count) { index in
                shared.slots[index] = work.value(ranges[index])
            }
        }
        let results = slots.map { $0! }
        _ = slots.deinitialize()
        return results
    }
}

/// Slots written by distinct chunks, never the same slot twice.
private struct SlotBuffer<Result>: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<Result?>
}

/// A value handed to `concurrentPerform`, whose chunks never touch the same state.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

enum ProcessorCount {
    /// Cores online (read once).
    static let active: Int = {
        #if canImport(Glibc) || canImport(Darwin)
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
        return 2
        #endif
    }()
}

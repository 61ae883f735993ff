import Parallelism

/// Each string-pool id of a ``RecordTable`` replaced by the stable hash of its bytes, so that
/// blocking keys computed from it mean the same in every process (see ``StableHash``).
///
/// Equal strings of one pool get equal hashes and different ones different hashes (but for a
/// 2⁻⁶⁴ collision, which only adds candidates that scoring rejects), so blocks are the same
/// records as with the run's id-based keys; only the key values differ.
struct StableValueIDs: Sendable {
    /// By id in the text, written, set and franchise pools; index 0 (missing) stays 0.
    let text: [UInt64]
    let written: [UInt64]
    let set: [UInt64]
    let franchise: [UInt64]

    init(_ table: RecordTable, threads: Int) {
        let pools = [table.textPool, table.writtenPool, table.setPool, table.franchises]
        let hashed = ParallelChunks.map(count: pools.count, chunkSize: 1, threads: threads) { range in
            Self.hashes(pools[range.lowerBound])
        }
        (text, written, set, franchise) = (hashed[0], hashed[1], hashed[2], hashed[3])
    }

    private static func hashes(_ pool: StringPool) -> [UInt64] {
        var out = [UInt64](repeating: 0, count: pool.count)
        for id in 1..<max(pool.count, 1) {
            out[id] = pool.withBytes(Int32(id)) { StableHash.of($0, tag: 0) }
        }
        return out
    }
}

import Matching

/// The layout of the standing index's blobs (format 1), in one place.
///
/// - An entries chunk: count `n` (UInt64), `n` keys (UInt64), `n` records (Int32). Chunks hold
///   ``entriesPerChunk`` entries (the last fewer), in key order; a block may span chunks.
/// - A rule's directory: its chunks' first keys (UInt64 each), so that a reader finds the
///   chunks of a key by binary search without reading them.
/// - The statistics: record count, then `n`, keys, counts, then `h`, household keys.
/// - A customers chunk: `n`, then `n + 1` byte offsets (UInt32), then the ids' UTF-8 bytes.
///   Chunk `k` holds records `k * customersPerChunk ..< (k + 1) * customersPerChunk`.
///
/// Entries are 12 bytes: at 1.65M customers and 12 rules about 25M entries, 300 MB. Chunks of
/// 1,024 entries (12 KiB, under a 16 KiB page) keep a lookup to one or two small reads.
enum StandingIndexFormat {
    static let version = 1
    static let entriesPerChunk = 1_024
    static let customersPerChunk = 256

    static func entriesChunk(keys: ArraySlice<UInt64>, records: ArraySlice<Int32>) -> [UInt8] {
        var w = PackedWriter(capacity: 8 + keys.count * 12)
        w.append(UInt64(keys.count))
        w.append(contentsOf: keys)
        w.append(contentsOf: records)
        return w.bytes
    }

    static func readEntriesChunk(_ bytes: [UInt8]) throws(StandingIndexError) -> (keys: [UInt64], records: [Int32]) {
        var r = PackedReader(bytes)
        let n = try r.count(of: 12)
        return (try r.uint64s(n), try r.int32s(n))
    }

    static func directory(_ firstKeys: [UInt64]) -> [UInt8] {
        var w = PackedWriter(capacity: firstKeys.count * 8)
        w.append(contentsOf: firstKeys[...])
        return w.bytes
    }

    static func readDirectory(_ bytes: [UInt8]) throws(StandingIndexError) -> [UInt64] {
        guard bytes.count % 8 == 0 else { throw .damaged("a rule's chunk directory is not whole keys") }
        var r = PackedReader(bytes)
        return try r.uint64s(bytes.count / 8)
    }

    static func statistics(_ s: ValueStatistics) -> [UInt8] {
        var w = PackedWriter(capacity: 24 + s.keys.count * 12 + s.household.count * 8)
        w.append(UInt64(s.recordCount))
        w.append(UInt64(s.keys.count))
        w.append(contentsOf: s.keys[...])
        w.append(contentsOf: s.counts[...])
        w.append(UInt64(s.household.count))
        w.append(contentsOf: s.household[...])
        return w.bytes
    }

    static func readStatistics(_ bytes: [UInt8]) throws(StandingIndexError) -> ValueStatistics {
        var r = PackedReader(bytes)
        let records = Int(try r.uint64())
        let n = try r.count(of: 12)
        let keys = try r.uint64s(n), counts = try r.int32s(n)
        let household = try r.uint64s(try r.count(of: 8))
        return ValueStatistics(recordCount: records, keys: keys, counts: counts, household: household)
    }

    static func customersChunk(_ ids: ArraySlice<String>) -> [UInt8] {
        var w = PackedWriter()
        w.append(UInt64(ids.count))
        var offset: UInt32 = 0
        w.append(offset)
        for id in ids {
            offset += UInt32(id.utf8.count)
            w.append(offset)
        }
        for id in ids { w.append(bytes: id.utf8) }
        return w.bytes
    }

    static func readCustomersChunk(_ bytes: [UInt8]) throws(StandingIndexError) -> [String] {
        var r = PackedReader(bytes)
        let n = try r.count(of: 4)
        var offsets: [Int] = []
        for _ in 0...n { offsets.append(Int(try r.uint32())) }
        let text = try r.slice(r.remaining)
        var ids: [String] = []
        ids.reserveCapacity(n)
        for k in 0..<n {
            guard offsets[k] <= offsets[k + 1], offsets[k + 1] <= text.count else { throw .damaged("a customer id lies outside its chunk") }
            ids.append(String(decoding: text[(text.startIndex + offsets[k])..<(text.startIndex + offsets[k + 1])], as: UTF8.self))
        }
        return ids
    }
}

import Matching
import Store

/// What a full run keeps in the store for the incremental runs after it: the customer ids it
/// read (in id order) with a digest of each one's raw JSON, every candidate pair it compared,
/// the pairs it kept (with weights and levels) and the value counts of its model.
///
/// An incremental run compares the ids and digests with what it reads now to find what changed,
/// and takes from the rest what it need not compute again (see ``PreviousMatch``).
struct StandingState {
    /// Bumped whenever what is kept, or how a record is normalized or weighed, changes: an
    /// incremental run over the state of another version would not equal a full run.
    static let formatVersion: Int64 = 1

    var idBytes: [UInt8]
    /// `idEnds[k]`: where id `k` ends in `idBytes` (it starts where `k − 1` ends).
    var idEnds: [Int32]
    var digests: [UInt64]
    var candidates: [UInt64]
    var pairs: [ScoredPair]
    /// The change log's position when the run read the customers (nil for a run made before
    /// the change log): every customer changed since has a later entry (see ``ChangeSet``).
    var changePosition: Int64? = nil

    var count: Int { idEnds.count }

    /// The index of customer `id` in the run's records, or nil when the run did not read it.
    func index(of id: String) -> Int? {
        var id = id
        return id.withUTF8 { wanted in
            idBytes.withUnsafeBufferPointer { bytes in
                var low = 0, high = count
                while low < high {
                    let mid = (low + high) / 2
                    let start = mid == 0 ? 0 : Int(idEnds[mid - 1])
                    let kept = UnsafeBufferPointer(rebasing: bytes[start..<Int(idEnds[mid])])
                    if kept.elementsEqual(wanted) { return mid }
                    if kept.lexicographicallyPrecedes(wanted) { low = mid + 1 } else { high = mid }
                }
                return nil
            }
        }
    }

    func id(_ k: Int) -> String {
        let start = k == 0 ? 0 : Int(idEnds[k - 1])
        return String(decoding: idBytes[start..<Int(idEnds[k])], as: UTF8.self)
    }

    /// Stores the state of run `runID` (the customer ids and digests it read, what it matched),
    /// and drops the state of earlier runs.
    static func save(store: CustomerStore, runID: Int64, ids: [String], digests: [UInt64], result: MatchResult,
                     changePosition: Int64? = nil) throws {
        var idBytes: [UInt8] = []
        var idEnds: [Int32] = []
        idEnds.reserveCapacity(ids.count)
        for id in ids {
            idBytes.append(contentsOf: id.utf8)
            idEnds.append(Int32(idBytes.count))
        }
        let pairs = result.pairs
        let meta: [Int64] = [formatVersion, Int64(ids.count), Int64(pairs.count)]
        try meta.withUnsafeBytes { try store.saveStandingPart(runID: runID, name: "meta", bytes: $0) }
        try idBytes.withUnsafeBytes { try store.saveStandingPart(runID: runID, name: "id_bytes", bytes: $0) }
        try idEnds.withUnsafeBytes { try store.saveStandingPart(runID: runID, name: "id_ends", bytes: $0) }
        try digests.withUnsafeBytes { try store.saveStandingPart(runID: runID, name: "digests", bytes: $0) }
        try result.candidates.withUnsafeBytes { try store.saveStandingPart(runID: runID, name: "candidates", bytes: $0) }
        try pairs.map { UInt64($0.a) << 32 | UInt64($0.b) }.withUnsafeBytes {
            try store.saveStandingPart(runID: runID, name: "pair_ab", bytes: $0)
        }
        try pairs.map(\.weight).withUnsafeBytes { try store.saveStandingPart(runID: runID, name: "pair_weight", bytes: $0) }
        try pairs.map(\.probability).withUnsafeBytes { try store.saveStandingPart(runID: runID, name: "pair_probability", bytes: $0) }
        try pairs.map(\.pattern.raw).withUnsafeBytes { try store.saveStandingPart(runID: runID, name: "pair_pattern", bytes: $0) }
        try result.frozenFrequencies().serialized().withUnsafeBytes {
            try store.saveStandingPart(runID: runID, name: "frequencies", bytes: $0)
        }
        if let changePosition {
            try [changePosition].withUnsafeBytes { try store.saveStandingPart(runID: runID, name: "change_position", bytes: $0) }
        }
        try store.dropStandingState(except: runID)
        // Only the newest full run is built on: the changes it read past are needed no more.
        if let changePosition { try store.dropCustomerChanges(through: changePosition) }
    }

    /// The state run `runID` kept, or nil when it kept none (or one of another format).
    /// Without `candidates`, the candidate pairs (the largest part) are not read: the change-log
    /// path finds what changed in the candidates from the standing index instead.
    static func load(store: CustomerStore, runID: Int64, candidates withCandidates: Bool = true) throws -> StandingState? {
        guard let meta = try store.standingPart(runID: runID, name: "meta", as: Int64.self), meta.count == 3,
              meta[0] == formatVersion,
              let idBytes = try store.standingPart(runID: runID, name: "id_bytes", as: UInt8.self),
              let idEnds = try store.standingPart(runID: runID, name: "id_ends", as: Int32.self),
              let digests = try store.standingPart(runID: runID, name: "digests", as: UInt64.self),
              let candidates = withCandidates ? try store.standingPart(runID: runID, name: "candidates", as: UInt64.self) : [],
              let ab = try store.standingPart(runID: runID, name: "pair_ab", as: UInt64.self),
              let weights = try store.standingPart(runID: runID, name: "pair_weight", as: Double.self),
              let probabilities = try store.standingPart(runID: runID, name: "pair_probability", as: Double.self),
              let patterns = try store.standingPart(runID: runID, name: "pair_pattern", as: UInt64.self),
              idEnds.count == Int(meta[1]), digests.count == idEnds.count, ab.count == Int(meta[2]),
              weights.count == ab.count, probabilities.count == ab.count, patterns.count == ab.count else { return nil }
        var pairs: [ScoredPair] = []
        pairs.reserveCapacity(ab.count)
        for k in ab.indices {
            pairs.append(ScoredPair(a: Int32(truncatingIfNeeded: ab[k] >> 32), b: Int32(truncatingIfNeeded: ab[k] & 0xFFFF_FFFF),
                                    weight: weights[k], probability: probabilities[k], pattern: LevelPattern(raw: patterns[k])))
        }
        let position = try store.standingPart(runID: runID, name: "change_position", as: Int64.self)?.first
        return StandingState(idBytes: idBytes, idEnds: idEnds, digests: digests, candidates: candidates, pairs: pairs,
                             changePosition: position)
    }

    /// For each id now (in store order, with its digest): its index here when unchanged, -1 when
    /// new or changed; and for each id here, whether it is still stored (changed or not). Both
    /// lists are in the store's id order (bytes), walked side by side.
    func previousIndexes(ids: [String], digests now: [UInt64]) -> (indexes: [Int32], stillStored: [Bool]) {
        var out = [Int32](repeating: -1, count: ids.count)
        var stored = [Bool](repeating: false, count: count)
        var k = 0
        idBytes.withUnsafeBufferPointer { bytes in
            for (i, id) in ids.enumerated() {
                var id = id
                id.withUTF8 { current in
                    while k < count {
                        let start = k == 0 ? 0 : Int(idEnds[k - 1])
                        let kept = UnsafeBufferPointer(rebasing: bytes[start..<Int(idEnds[k])])
                        if kept.lexicographicallyPrecedes(current) { k += 1; continue }
                        if kept.elementsEqual(current) {
                            stored[k] = true
                            if digests[k] == now[i] { out[i] = Int32(k) }
                        }
                        break
                    }
                }
            }
        }
        return (out, stored)
    }
}

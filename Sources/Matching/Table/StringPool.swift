/// Distinct strings stored back to back as UTF-8, addressed by a small integer id.
///
/// Id 0 is the empty string and means "missing" everywhere in the record table, so a missing
/// value costs nothing and compares in one integer test.
public struct StringPool: Sendable {
    private(set) var bytes: [UInt8] = []
    /// `offsets[id] ..< offsets[id + 1]` are the bytes of string `id`.
    private(set) var offsets: [Int32] = [0, 0]
    private var ids: [String: Int32] = ["": 0]

    public init() {}

    public var count: Int { offsets.count - 1 }

    /// The id of `string`, adding it when new.
    /// - Complexity: O(length) amortized.
    public mutating func intern(_ string: String) -> Int32 {
        assert(!ids.isEmpty, "intern after freeze() would store a string twice under two ids")
        if let id = ids[string] { return id }
        let id = Int32(count)
        bytes.append(contentsOf: string.utf8)
        offsets.append(Int32(bytes.count))
        ids[string] = id
        return id
    }

    public func string(_ id: Int32) -> String {
        assert(contains(id), "string id \(id) outside the pool of \(count)")
        let range = Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])
        return String(decoding: bytes[range], as: UTF8.self)
    }

    func length(_ id: Int32) -> Int { Int(offsets[Int(id) + 1] - offsets[Int(id)]) }

    func firstByte(_ id: Int32) -> UInt8 {
        length(id) > 0 ? bytes[Int(offsets[Int(id)])] : 0
    }

    /// Calls `body` with the bytes of string `id`, without copying.
    @inline(__always)
    func withBytes<R>(_ id: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        assert(contains(id), "string id \(id) outside the pool of \(count)")
        return bytes.withUnsafeBufferPointer { all in
            let start = Int(offsets[Int(id)])
            let end = Int(offsets[Int(id) + 1])
            return body(UnsafeBufferPointer(rebasing: all[start..<end]))
        }
    }

    /// True when `id` names a string of this pool (debug checks).
    func contains(_ id: Int32) -> Bool { id >= 0 && Int(id) < count }

    /// Drops the lookup dictionary once the table is built: ids stay valid, memory goes down.
    mutating func freeze() { ids = [:] }
}

extension StringPool {
    /// Appends the strings of `other` (all but its empty string 0) and returns what to add to
    /// an id of `other` to get its id here: pools built side by side join into one id space.
    mutating func append(_ other: StringPool) -> Int32 {
        let shift = Int32(count - 1)
        let base = Int32(bytes.count)
        bytes.append(contentsOf: other.bytes)
        offsets.append(contentsOf: other.offsets.dropFirst(2).map { $0 + base })
        return shift
    }
}

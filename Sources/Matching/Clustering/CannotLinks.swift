/// Pairs of records that must never end in one cluster ("never merge" pins), by record index.
///
/// The clusterer checks them before every union: two groups whose members include a pinned
/// pair stay apart, so no chain of links (A~B~C with A and C pinned) can join them. The check
/// walks the pinned partners of the smaller group's members only, so it costs nothing for
/// records without pins and a few lookups for those with.
public struct CannotLinks: Sendable {
    /// Pinned partners of each record that has any.
    private var partners: [Int32: [Int32]] = [:]

    public init() {}

    /// Pins between the record indexes of `pairs` (either order; a record with itself is ignored).
    public init(_ pairs: [(Int, Int)]) {
        for (a, b) in pairs where a != b {
            partners[Int32(a), default: []].append(Int32(b))
            partners[Int32(b), default: []].append(Int32(a))
        }
    }

    public var isEmpty: Bool { partners.isEmpty }

    /// Number of pinned pairs.
    public var count: Int { partners.values.reduce(0) { $0 + $1.count } / 2 }

    /// Every record with at least one pin. An incremental run clusters their components again:
    /// a pin made since its base run must split a cluster the base made.
    public var records: [Int] { partners.keys.map { Int($0) } }

    /// Whether records `a` and `b` are pinned apart.
    public func forbids(_ a: Int, _ b: Int) -> Bool {
        partners[Int32(a)]?.contains(Int32(b)) ?? false
    }

    /// Whether joining the group of `smaller` (members) to the group whose root is `otherRoot`
    /// would put a pinned pair together.
    func separates(_ smaller: [Int], from otherRoot: Int, sets: inout UnionFind) -> Bool {
        for x in smaller {
            guard let list = partners[Int32(x)] else { continue }
            for p in list where sets.find(Int(p)) == otherRoot { return true }
        }
        return false
    }
}

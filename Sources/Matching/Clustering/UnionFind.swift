/// Disjoint sets over record indexes, with path halving and union by size.
struct UnionFind {
    private var parent: [Int32]
    private var size: [Int32]

    init(count: Int) {
        parent = (0..<count).map { Int32($0) }
        size = [Int32](repeating: 1, count: count)
    }

    /// - Complexity: amortized O(α(n)).
    mutating func find(_ x: Int) -> Int {
        assert(parent.indices.contains(x), "record \(x) outside the \(parent.count) sets")
        var x = x
        while Int(parent[x]) != x {
            parent[x] = parent[Int(parent[x])]
            x = Int(parent[x])
        }
        return x
    }

    /// Joins the sets of `a` and `b`; returns the new root.
    @discardableResult
    mutating func union(_ a: Int, _ b: Int) -> Int {
        var ra = find(a), rb = find(b)
        if ra == rb { return ra }
        if size[ra] < size[rb] || (size[ra] == size[rb] && rb < ra) { swap(&ra, &rb) }
        parent[rb] = Int32(ra)
        size[ra] += size[rb]
        assert(Int(size[ra]) <= parent.count, "a set cannot hold more records than there are")
        return ra
    }

    /// The size of the set whose root is `root` (only a root's size is kept up to date).
    func setSize(root: Int) -> Int {
        assert(Int(parent[root]) == root, "setSize(root:) needs a root, and \(root) is not one")
        return Int(size[root])
    }
}

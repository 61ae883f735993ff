/// The clusters of two runs grouped by shared customers (the connected parts of the graph whose
/// nodes are clusters and whose edges are shared members), in time linear in clusters and
/// shared pairs: union–find, then a counting sort of the nodes by group.
///
/// Nodes `0..<beforeCount` are the older run's clusters, the rest the newer run's.
struct ClusterGroups {
    let beforeCount: Int
    /// Node indices, each group's contiguous.
    private var order: [Int32] = []
    /// Where each group starts in ``order`` (and one past the last group's end).
    private var starts: [Int] = []

    init(beforeCount: Int, afterCount: Int, shared: some Sequence<UInt64>) {
        self.beforeCount = beforeCount
        let n = beforeCount + afterCount
        var parent = (0..<Int32(n)).map { $0 }
        func root(_ x: Int32) -> Int32 {
            var x = x
            while parent[Int(x)] != x {
                parent[Int(x)] = parent[Int(parent[Int(x)])]
                x = parent[Int(x)]
            }
            return x
        }
        for key in shared {
            let a = root(Int32(truncatingIfNeeded: key >> 32))
            let b = root(Int32(truncatingIfNeeded: key & 0xFFFF_FFFF) + Int32(beforeCount))
            if a != b { parent[Int(max(a, b))] = min(a, b) }
        }
        var roots = [Int32](repeating: 0, count: n)
        var groupSize = [Int](repeating: 0, count: n)
        for x in 0..<n {
            roots[x] = root(Int32(x))
            groupSize[Int(roots[x])] += 1
        }
        var offset = [Int](repeating: 0, count: n)
        var next = 0
        for x in 0..<n where groupSize[x] > 0 {
            starts.append(next)
            offset[x] = next
            next += groupSize[x]
        }
        starts.append(next)
        order = [Int32](repeating: 0, count: n)
        for x in 0..<n {
            let r = Int(roots[x])
            order[offset[r]] = Int32(x)
            offset[r] += 1
        }
    }

    var count: Int { starts.count - 1 }

    /// The older and newer clusters (indices into each run's clusters) of group `g`, each in
    /// ascending order.
    func group(_ g: Int) -> (before: [Int32], after: [Int32]) {
        var before: [Int32] = [], after: [Int32] = []
        for node in order[starts[g]..<starts[g + 1]] {
            if Int(node) < beforeCount { before.append(node) } else { after.append(node - Int32(beforeCount)) }
        }
        return (before, after)
    }
}

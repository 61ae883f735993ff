/// The clusterer's cannot-link check: "never merge" pins outrank every score.
extension Clusterer {
    /// The note a cluster carries when a pin kept a related record out of it.
    static let pinNote = "a never-merge pin kept a related record out"

    /// Whether joining groups `a` (root `ra`) and `b` (root `rb`) would put a pinned pair together;
    /// walks the smaller group.
    func pinSeparates(_ a: [Int], _ ra: Int, _ b: [Int], _ rb: Int, sets: inout UnionFind) -> Bool {
        a.count <= b.count ? cannotLinks.separates(a, from: rb, sets: &sets) : cannotLinks.separates(b, from: ra, sets: &sets)
    }
}

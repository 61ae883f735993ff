/// Keeps, per change, the few groups worth showing: those with the most customers (a large
/// group is where a rules change shows most), then the lowest older cluster, so the choice is
/// the same on every run of `diff`. Holds at most a few times `limit` groups per change.
struct ExamplePicker {
    struct Candidate {
        var customers: Int
        /// The first cluster id of the group, older run first, for a stable order.
        var firstClusterID: Int
        var before: [Int32]
        var after: [Int32]
    }

    let limit: Int
    private(set) var kept: [ClusterChange: [Candidate]] = [:]

    init(limit: Int) {
        self.limit = max(0, limit)
    }

    mutating func offer(_ change: ClusterChange, _ candidate: @autoclosure () -> Candidate) {
        guard limit > 0 else { return }
        kept[change, default: []].append(candidate())
        if kept[change]!.count > limit * 8 { kept[change] = best(kept[change]!) }
    }

    /// The chosen groups of `change`, best first.
    func chosen(_ change: ClusterChange) -> [Candidate] {
        best(kept[change] ?? [])
    }

    private func best(_ candidates: [Candidate]) -> [Candidate] {
        Array(candidates.sorted {
            ($0.customers, -$0.firstClusterID) > ($1.customers, -$1.firstClusterID)
        }.prefix(limit))
    }
}

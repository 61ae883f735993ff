/// The seeded random order in which a run's auto-merge clusters enter the audit sample.
///
/// Each cluster gets a key that mixes the seed with its id (SplitMix64's finalizer, whose
/// output bits all depend on every input bit); sorting by key is a random permutation, so its
/// first N clusters are a uniform sample of N without replacement. The key of a cluster never
/// depends on the others, so the same seed always gives the same order and a sample of 200
/// starts with the sample of 100.
enum AuditOrder {
    /// `clusterIDs` in the seed's order.
    static func ordered(_ clusterIDs: [Int], seed: UInt64) -> [Int] {
        clusterIDs.map { (key: key($0, seed: seed), id: $0) }
            .sorted { $0.key != $1.key ? $0.key < $1.key : $0.id < $1.id }
            .map(\.id)
    }

    static func key(_ clusterID: Int, seed: UInt64) -> UInt64 {
        var z = seed &+ UInt64(bitPattern: Int64(clusterID)) &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

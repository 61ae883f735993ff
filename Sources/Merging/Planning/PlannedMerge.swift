import CRMModel

/// A cluster `apply` is to merge, as the run left it.
struct PlannedMerge: Sendable {
    let clusterID: Int
    /// Members as exported (from the store), victor first.
    let stored: [Customer]
    /// The victor a reviewer picked by hand, if any.
    let chosenVictor: String?

    var victorID: String { stored[0].id }
    var victimIDs: [String] { stored.dropFirst().map(\.id) }
}

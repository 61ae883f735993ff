import CRMModel

/// A cluster `apply` is to merge, as the run left it.
struct PlannedMerge: Sendable {
    let clusterID: Int
    /// Members as exported (from the store), victor first.
    let stored: [Customer]
    /// The victor a reviewer picked by hand, if any.
    let chosenVictor: String?
    /// Members stored again (by `sync`, an export or an import) after the run scored them: the
    /// run's suggestion may rest on what they were, so the cluster is scored again first.
    var storedSinceRun: Set<String> = []

    var victorID: String { stored[0].id }
    var victimIDs: [String] { stored.dropFirst().map(\.id) }
}

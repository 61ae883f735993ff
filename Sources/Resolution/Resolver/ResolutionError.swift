/// Why a cluster cannot be resolved as asked.
public enum ResolutionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The cluster has no members.
    case emptyCluster
    /// A reviewer chose a victor that is not a member of the cluster.
    case victorNotInCluster(victorID: String, memberIDs: [String])

    public var description: String {
        switch self {
        case .emptyCluster:
            return "cannot resolve an empty cluster"
        case .victorNotInCluster(let victor, let members):
            return "chosen victor \(victor) is not a member of the cluster (members: \(members.joined(separator: ", ")))"
        }
    }
}

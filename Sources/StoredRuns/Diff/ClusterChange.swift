/// How the clusters that share customers across two runs changed.
///
/// Clusters are matched by their members, never by their ids (ids are numbered afresh each
/// run): the clusters of both runs that share a customer, directly or through a chain, form one
/// *group*, and each group is one change. A customer clustered in neither run is in no group.
public enum ClusterChange: String, Sendable, Hashable, CaseIterable {
    /// A cluster of customers that no cluster of the older run held.
    case new
    /// One cluster both times; the newer one has every member of the older one and more.
    case grown
    /// One cluster both times; the older one had every member of the newer one and more.
    case shrunk
    /// One cluster both times; it gained some members and lost others.
    case gainedAndLost = "gained_and_lost"
    /// One older cluster became several newer ones.
    case split
    /// Several older clusters became one newer one.
    case joined
    /// Several older clusters became several newer ones that cut across them.
    case regrouped
    /// An older cluster whose customers no cluster of the newer run holds.
    case gone
    /// Same members, another victor.
    case otherVictor = "other_victor"
    /// Same members and victor, another confidence band (``ConfidenceBands``) or another
    /// auto-merge verdict: what a reviewer sees, or what `apply --auto` merges, changed.
    case otherBand = "other_band"
    /// Same members, victor and band.
    case unchanged

    /// The name a person reads, in the aligned listing.
    public var label: String {
        switch self {
        case .new: "new"
        case .grown: "grown"
        case .shrunk: "shrunk"
        case .gainedAndLost: "gained and lost"
        case .split: "split"
        case .joined: "joined"
        case .regrouped: "regrouped"
        case .gone: "gone"
        case .otherVictor: "other victor"
        case .otherBand: "other band"
        case .unchanged: "unchanged"
        }
    }

    /// What the count means, after it on the same line.
    public var meaning: String {
        switch self {
        case .new: "clusters of customers no earlier cluster held"
        case .grown: "clusters that kept every member and gained some"
        case .shrunk: "clusters that lost members and gained none"
        case .gainedAndLost: "clusters that gained some members and lost others"
        case .split: "earlier clusters that became several"
        case .joined: "later clusters made of several earlier ones"
        case .regrouped: "groups of clusters that exchanged members"
        case .gone: "earlier clusters whose customers are in no cluster now"
        case .otherVictor: "same members, another victor"
        case .otherBand: "same members and victor, another confidence band or auto-merge verdict"
        case .unchanged: "same members, victor and band"
        }
    }
}

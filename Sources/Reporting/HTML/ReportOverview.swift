import Resolution

/// The figures at the top of the page, counted from the clusters it shows.
///
/// Counted here rather than read from the run summary so that the page always agrees with its
/// own data (a `--min-confidence` filter or a reviewer's edits change both alike).
public struct ReportOverview: Sendable, Hashable {
    /// One confidence band: clusters whose confidence is at least `floor` and below the band above.
    public struct Band: Sendable, Hashable {
        public var floor: Double
        /// The band's upper edge (1 for the top band).
        public var ceiling: Double
        public var clusters: Int
    }

    public var clusters = 0
    /// Customers in the clusters, and how many of them a merge would remove.
    public var customers = 0
    public var victims = 0
    public var autoMerge = 0
    /// Auto-merge threshold or above, kept for review by the over-merge guard or the size cap.
    public var heldBack = 0
    public var bands: [Band] = []
    /// The franchises of the clusters, sorted.
    public var franchises: [String] = []

    /// - Complexity: O(n · b) for n clusters and b bands.
    public init(_ merges: [SuggestedMerge], context: HTMLReportContext) {
        var floors = context.bandFloors.sorted(by: >)
        if floors.last != 0 { floors.append(0) }
        var counts = [Int](repeating: 0, count: floors.count)
        var franchiseSet: Set<String> = []
        for merge in merges {
            clusters += 1
            customers += merge.members.count
            victims += merge.plan.victimIDs.count
            if merge.autoMergeEligible {
                autoMerge += 1
            } else if merge.confidence >= context.autoMergeThreshold {
                heldBack += 1
            }
            if let band = floors.firstIndex(where: { merge.confidence >= $0 }) { counts[band] += 1 }
            franchiseSet.insert(merge.franchiseID)
        }
        bands = floors.indices.map { k in
            Band(floor: floors[k], ceiling: k == 0 ? 1 : floors[k - 1], clusters: counts[k])
        }
        franchises = franchiseSet.sorted()
    }

    /// Clusters that need a person: everything not eligible for auto-merge.
    public var review: Int { clusters - autoMerge }
}

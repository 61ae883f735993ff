/// Counts a ``ReportOverview`` one cluster at a time, from the few numbers the store keeps per
/// cluster, so the figures of a run of any size cost no cluster payloads.
public struct ReportOverviewCounter: Sendable {
    private var overview: ReportOverview
    private let floors: [Double]
    private let autoMergeThreshold: Double
    private var counts: [Int]
    private var franchises: Set<String> = []

    public init(context: HTMLReportContext) {
        overview = ReportOverview([], context: context)
        var floors = context.bandFloors.sorted(by: >)
        if floors.last != 0 { floors.append(0) }
        self.floors = floors
        autoMergeThreshold = context.autoMergeThreshold
        counts = [Int](repeating: 0, count: floors.count)
    }

    /// Counts one cluster the way ``ReportOverview/init(_:context:)`` counts a suggested merge.
    public mutating func add(confidence: Double, members: Int, autoMergeEligible: Bool, franchiseID: String) {
        overview.clusters += 1
        overview.customers += members
        overview.victims += max(0, members - 1)
        if autoMergeEligible {
            overview.autoMerge += 1
        } else if confidence >= autoMergeThreshold {
            overview.heldBack += 1
        }
        if let band = floors.firstIndex(where: { confidence >= $0 }) { counts[band] += 1 }
        franchises.insert(franchiseID)
    }

    /// The figures of every cluster added so far.
    public var result: ReportOverview {
        var o = overview
        o.bands = floors.indices.map { k in
            ReportOverview.Band(floor: floors[k], ceiling: k == 0 ? 1 : floors[k - 1], clusters: counts[k])
        }
        o.franchises = franchises.sorted()
        return o
    }
}

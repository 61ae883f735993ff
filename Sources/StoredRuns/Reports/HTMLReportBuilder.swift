import Reporting
import Resolution
import Store

/// The HTML report of a run of any size: figures and histogram over every cluster (read as a
/// few numbers per cluster), and in full only the clusters a person should look at first (the
/// review queue's order: needing a person, least confident first) up to a limit, plus the
/// audit sample. The page says what it left out.
struct HTMLReportBuilder {
    let store: CustomerStore
    let runID: Int64
    let minimumConfidence: Double
    let autoMergeOnly: Bool
    /// Nil: carry every cluster.
    let limit: Int?

    func write(to path: String) throws -> ReportJob.Written {
        let context = try StoredRun.htmlContext(store, runID: runID, mode: .report)
        var counter = ReportOverviewCounter(context: context)
        var weights: [Double] = []
        var needingPeople = 0
        try store.forEachClusterFigures(runID: runID, minConfidence: minimumConfidence, autoMergeOnly: autoMergeOnly) { row in
            counter.add(confidence: row.confidence, members: row.size, autoMergeEligible: row.autoMerge,
                        franchiseID: row.franchiseID ?? "")
            weights.append(row.matchWeight)
            if !row.autoMerge { needingPeople += 1 }
        }
        let overview = counter.result
        let histogram = WeightHistogram(weights: weights, reviewThreshold: context.reviewThreshold,
                                        autoMergeThreshold: context.autoMergeThreshold)
        weights = []

        let first = try store.clusterIDsForPeople(runID: runID, minConfidence: minimumConfidence,
                                                  autoMergeOnly: autoMergeOnly, limit: limit)
        let audited = try store.auditSample(runID: runID).map(\.clusterID)
        var carriedIDs = first
        let firstSet = Set(first)
        carriedIDs += audited.filter { !firstSet.contains($0) }
        var merges: [SuggestedMerge] = []
        merges.reserveCapacity(carriedIDs.count)
        for id in carriedIDs {
            guard let row = try store.cluster(runID: runID, clusterID: id) else { continue }
            merges.append(try StoredRun.decode(row, runID: runID))
        }
        let marks = try decisionMarks(Set(carriedIDs))

        let estimate = try AuditEstimate.read(store, runID: runID)
        let audit = HTMLAuditFigures(sampled: estimate.sampled, decided: estimate.decided, correct: estimate.correct,
                                     precision: estimate.precision, low: estimate.interval?.low, high: estimate.interval?.high)
        let auditedCarried = audited.filter { !firstSet.contains($0) }.count
        let coverage = HTMLReportCoverage(total: overview.clusters, needingPeople: needingPeople,
                                          carried: min(overview.clusters, first.count) + auditedCarried,
                                          audited: auditedCarried, limit: limit)
        let extras = HTMLReportExtras(overview: overview, histogram: histogram, coverage: coverage, audit: audit,
                                      auditedClusterIDs: Set(audited))
        try HTMLReport.write(merges, context: context, extras: extras, marks: marks, to: path)
        return ReportJob.Written(runID: runID, clusters: merges.count, members: merges.reduce(0) { $0 + $1.members.count },
                                 leftOut: coverage.leftOut)
    }

    /// The decisions on the carried clusters, so the page shows which were judged (an audit
    /// verdict included).
    private func decisionMarks(_ ids: Set<Int>) throws -> [Int: ReviewMark] {
        var marks: [Int: ReviewMark] = [:]
        for d in try store.decisions(runID: runID) where ids.contains(d.clusterID) {
            marks[d.clusterID] = ReviewMark(verdict: d.verdict.rawValue, reviewer: d.reviewer, decidedAt: d.decidedAt,
                                            chosenVictorID: d.chosenVictorID, removedMemberIDs: d.removedMemberIDs)
        }
        return marks
    }
}

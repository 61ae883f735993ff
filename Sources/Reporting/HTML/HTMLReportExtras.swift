/// What a report page of a large run adds to its clusters: figures counted over every cluster
/// of the run (not only those carried), what it left out, and the audit.
public struct HTMLReportExtras: Sendable, Hashable {
    /// Counted over every cluster the report covers.
    public var overview: ReportOverview
    public var histogram: WeightHistogram
    public var coverage: HTMLReportCoverage
    public var audit: HTMLAuditFigures?
    /// The clusters of the audit sample (the page marks them and can show only them).
    public var auditedClusterIDs: Set<Int>

    public init(overview: ReportOverview, histogram: WeightHistogram, coverage: HTMLReportCoverage,
                audit: HTMLAuditFigures?, auditedClusterIDs: Set<Int>) {
        self.overview = overview
        self.histogram = histogram
        self.coverage = coverage
        self.audit = audit
        self.auditedClusterIDs = auditedClusterIDs
    }
}

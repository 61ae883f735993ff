import Reporting
import Resolution
import Store

/// Formats `tcdedupe report` writes.
public enum ReportFormat: String, Sendable, CaseIterable {
    case csv
    case json
    /// One self-contained page for people (see ``HTMLReport``).
    case html
}

/// Writes the suggested merges of a run as CSV, JSON or a self-contained HTML page.
public struct ReportJob: Sendable {
    public var databasePath: String
    public var runID: Int64?
    public var format: ReportFormat
    public var outputPath: String
    public var minimumConfidence: Double?
    /// Only what `apply --auto` would merge: auto-merge eligible clusters (threshold and guard).
    public var autoMergeOnly: Bool
    /// CSV only: start with a UTF-8 byte order mark, so that Excel on Japanese Windows reads the
    /// names as UTF-8 rather than Shift_JIS (see ``CSVReport``). On by default: the people who
    /// open the CSV are restaurant staff with Excel; programs should read the JSON report.
    public var byteOrderMark: Bool
    /// HTML only: at most this many clusters carried in full (besides the audit sample); nil
    /// carries every cluster (`--all`). The figures count every cluster either way.
    public var htmlLimit: Int? = ReportJob.defaultHTMLLimit

    /// The review queue's first 2,000: a page of that many opens in a browser in seconds.
    public static let defaultHTMLLimit = 2_000

    public init(databasePath: String, runID: Int64?, format: ReportFormat, outputPath: String,
                minimumConfidence: Double?, autoMergeOnly: Bool, byteOrderMark: Bool = true) {
        self.databasePath = databasePath
        self.runID = runID
        self.format = format
        self.outputPath = outputPath
        self.minimumConfidence = minimumConfidence
        self.autoMergeOnly = autoMergeOnly
        self.byteOrderMark = byteOrderMark
    }

    public struct Written: Sendable {
        public var runID: Int64
        public var clusters: Int
        public var members: Int
        /// HTML: clusters counted but not carried in the page (0 for CSV and JSON).
        public var leftOut = 0
        /// Which weights the run used ("weights: learned (EM, ...)"), when its summary says.
        public var weightsStatement: String?
    }

    @discardableResult
    public func run() throws -> Written {
        let store = try CustomerStore.openExisting(databasePath, mode: .readOnly)
        let id = try StoredRun.resolveID(store, requested: runID)
        var written: Written
        switch format {
        case .csv:
            let writer = try CSVReportWriter(path: outputPath, byteOrderMark: byteOrderMark)
            written = try stream(store, runID: id) { try writer.append($0) }
            try writer.finish()
        case .json:
            let writer = try JSONReportWriter(path: outputPath, pretty: true)
            written = try stream(store, runID: id) { try writer.append($0) }
            try writer.finish()
        case .html:
            written = try HTMLReportBuilder(store: store, runID: id, minimumConfidence: minimumConfidence ?? 0,
                                            autoMergeOnly: autoMergeOnly, limit: htmlLimit).write(to: outputPath)
        }
        written.weightsStatement = WeightsJSON.statement(summary: try store.run(id: id)?.summary)
        return written
    }

    /// Reads the clusters one at a time from the store and hands each to `write`: memory stays
    /// flat whatever the size of the run.
    private func stream(_ store: CustomerStore, runID: Int64, _ write: (SuggestedMerge) throws -> Void) throws -> Written {
        var written = Written(runID: runID, clusters: 0, members: 0)
        try store.forEachCluster(runID: runID, minConfidence: minimumConfidence ?? 0, autoMergeOnly: autoMergeOnly) { row in
            let merge = try StoredRun.decode(row, runID: runID)
            try write(merge)
            written.clusters += 1
            written.members += merge.members.count
        }
        return written
    }
}

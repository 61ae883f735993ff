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
        /// Which weights the run used ("weights: learned (EM, ...)"), when its summary says.
        public var weightsStatement: String?
    }

    @discardableResult
    public func run() throws -> Written {
        let store = try CustomerStore.openExisting(databasePath, mode: .readOnly)
        let id = try StoredRun.resolveID(store, requested: runID)
        var merges = try StoredRun.load(store, runID: id, minimumConfidence: minimumConfidence ?? 0).merges
        if autoMergeOnly { merges = merges.filter(\.autoMergeEligible) }
        switch format {
        case .csv: try CSVReport.write(merges, to: outputPath, byteOrderMark: byteOrderMark)
        case .json: try JSONReport.write(merges, to: outputPath, pretty: true)
        case .html: try HTMLReport.write(merges, context: try StoredRun.htmlContext(store, runID: id, mode: .report), to: outputPath)
        }
        return Written(runID: id, clusters: merges.count, members: merges.reduce(0) { $0 + $1.members.count },
                       weightsStatement: WeightsJSON.statement(summary: try store.run(id: id)?.summary))
    }
}

import Resolution

/// Writes a CSV report cluster by cluster, so a run of any size never holds the whole text.
///
/// The file appears at its path only after ``finish()``; a writer dropped before that leaves
/// nothing behind. Not for use from several threads at once.
public final class CSVReportWriter {
    private let file: ReportFile
    private var buffer: [UInt8] = []

    /// Starts a report at `path` with the header line (see ``CSVReport`` for `byteOrderMark`).
    public init(path: String, byteOrderMark: Bool = true) throws(ReportError) {
        file = try ReportFile(path: path)
        CSVReport.appendHeader(into: &buffer, byteOrderMark: byteOrderMark)
    }

    /// Adds the rows of one cluster.
    public func append(_ merge: SuggestedMerge) throws(ReportError) {
        CSVReport.append(merge, into: &buffer)
        try file.drain(&buffer)
    }

    /// Writes what is left and moves the finished report into place.
    public func finish() throws(ReportError) {
        try file.drain(&buffer, force: true)
        try file.commit()
    }
}

import Resolution

/// Writes a JSON report cluster by cluster, so a run of any size never holds the whole text.
///
/// The file appears at its path only after ``finish()``, so a half-written array is never
/// mistaken for a report. Not for use from several threads at once.
public final class JSONReportWriter {
    private let file: ReportFile
    private let pretty: Bool
    private var buffer: [UInt8] = [UInt8(ascii: "[")]
    private var count = 0

    /// Starts a report at `path`; `pretty` indents it for people.
    public init(path: String, pretty: Bool = true) throws(ReportError) {
        file = try ReportFile(path: path)
        self.pretty = pretty
    }

    /// Adds one cluster's object.
    public func append(_ merge: SuggestedMerge) throws(ReportError) {
        JSONReport.append(merge, first: count == 0, pretty: pretty, into: &buffer)
        count += 1
        try file.drain(&buffer)
    }

    /// Closes the array and moves the finished report into place.
    public func finish() throws(ReportError) {
        JSONReport.appendEnd(empty: count == 0, pretty: pretty, into: &buffer)
        try file.drain(&buffer, force: true)
        try file.commit()
    }
}

/// Why a standing index cannot be read or used, with what to do about it.
public enum StandingIndexError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The store has no finished run.
    case noRun(database: String)
    /// The run asked for does not exist or has not finished.
    case unknownRun(Int64)
    /// The run finished but has no index (older tcdedupe, or a later run replaced it).
    case noIndex(runID: Int64, latestIndexed: Int64?)
    /// The index was written by another version of the format.
    case unsupportedFormat(Int)
    /// A blob or row does not read as the writer stores it.
    case damaged(String)
    /// The store failed underneath (its message says why).
    case store(String)

    public var description: String {
        switch self {
        case .noRun(let database):
            return "the store \(database) has no finished run to match against; run `tcdedupe run` first"
        case .unknownRun(let id):
            return "run \(id) does not exist or has not finished; `tcdedupe status` lists the runs"
        case .noIndex(let id, let latest):
            let other = latest.map { " (run \($0) has one: pass --run \($0))" } ?? ""
            return "run \(id) has no standing index\(other); `tcdedupe run` builds one for the new run (only the latest run keeps its index)"
        case .unsupportedFormat(let format):
            return "the standing index has format \(format), which this tcdedupe cannot read; `tcdedupe run` rebuilds it"
        case .damaged(let what):
            return "the standing index is damaged: \(what); `tcdedupe run` rebuilds it"
        case .store(let message):
            return message
        }
    }
}

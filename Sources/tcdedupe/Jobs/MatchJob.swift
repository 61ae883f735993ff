import CRMModel
import StandingIndex
import Store
import StoredRuns
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `tcdedupe match`: customer records checked against the standing index of a finished run,
/// with the changes the newest incremental run on it saw (its overlay).
///
/// Opens the store read-only, so a check never waits for or blocks a run or an import beyond
/// SQLite's own reader rules, and never changes the store.
struct MatchJob {
    var databasePath: String
    var runID: Int64?
    /// A file of records, or nil for standard input.
    var inputPath: String?
    /// Duplicates below this probability are left out (nil: the run's review threshold).
    var minimumProbability: Double?
    var limit: Int?

    /// The JSON document `match` prints: the run, the thresholds, and each record's duplicates.
    func run() throws -> JSONValue {
        let source = inputPath ?? "standard input"
        let text = try Self.read(inputPath)
        let records = try MatchInputReader.records(text, source: source)
        let store = try CustomerStore.openExisting(databasePath, mode: .readOnly)
        let index = try StandingIndex.open(store: store, runID: runID)
        let matching = index.rules.matching
        let floor = minimumProbability ?? matching.reviewThreshold
        let finder = DuplicateFinder(index: index)
        let checked = try finder.check(records, minimumProbability: floor, limit: limit)
        let coverage = try finder.coverage()
        if let unsearched = coverage.unsearchedChanges, unsearched > 0 {
            let searched = coverage.overlayRunID.map { "run \(index.runID)'s index and run \($0)'s changes" } ?? "run \(index.runID)'s index"
            CLI.note("\(unsearched) customers changed since \(searched) are not searched; "
                + "run `tcdedupe run` (or `tcdedupe run --full`) to include them")
        }
        return .object(JSONObject([
            "run_id": .number("\(index.runID)"),
            "overlay_run_id": coverage.overlayRunID.map { .number("\($0)") } ?? .null,
            "unsearched_changes": coverage.unsearchedChanges.map { .number("\($0)") } ?? .null,
            "review_threshold": .number("\(matching.reviewThreshold)"),
            "auto_merge_threshold": .number("\(matching.autoMergeThreshold)"),
            "min_probability": .number("\(floor)"),
            "records": .array(checked.map { $0.jsonValue() }),
        ]))
    }

    /// The whole input: the file at `path`, or standard input.
    static func read(_ path: String?) throws -> String {
        let fd: Int32
        if let path {
            fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else {
                throw PipelineError("cannot read \(path): \(String(cString: strerror(errno)))", hint: "check the path given to --file")
            }
        } else {
            fd = 0
        }
        defer { if fd != 0 { close(fd) } }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { throw PipelineError("cannot read \(path ?? "standard input"): \(String(cString: strerror(errno)))") }
            if n == 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

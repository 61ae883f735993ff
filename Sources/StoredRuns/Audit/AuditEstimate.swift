import CRMModel
import Store

/// How good a run's auto-merges are, estimated from the audit sample: the share of decided
/// sampled clusters a reviewer judged correct, with its 95 % Wilson interval.
///
/// The sample is uniform over the run's auto-merge clusters (`tcdedupe audit`), so the share
/// estimates the precision of all of them, the clusters nobody looked at included. `status`,
/// `apply --auto`, the HTML report and the review page all show this one value.
public struct AuditEstimate: Sendable, Hashable {
    public var runID: Int64
    /// Clusters in the audit sample, how many a reviewer approved or rejected, how many were right.
    public var sampled: Int
    public var decided: Int
    public var correct: Int

    public init(runID: Int64, sampled: Int, decided: Int, correct: Int) {
        self.runID = runID
        self.sampled = sampled
        self.decided = decided
        self.correct = correct
    }

    /// The estimate for run `runID` from the store.
    public static func read(_ store: CustomerStore, runID: Int64) throws -> AuditEstimate {
        let tally = try store.auditTally(runID: runID)
        return AuditEstimate(runID: runID, sampled: tally.sampled, decided: tally.decided, correct: tally.correct)
    }

    /// The estimate for run `runID` (default: the latest finished run) of the database at `databasePath`.
    public static func read(databasePath: String, runID: Int64?) throws -> AuditEstimate {
        let store = try CustomerStore.openExisting(databasePath, mode: .readOnly)
        return try read(store, runID: try StoredRun.resolveID(store, requested: runID))
    }

    /// correct / decided; nil before the first verdict.
    public var precision: Double? { decided > 0 ? Double(correct) / Double(decided) : nil }

    /// The 95 % interval of the precision; nil before the first verdict.
    public var interval: WilsonInterval? { WilsonInterval(successes: correct, trials: decided) }

    /// `{"run_id", "sampled", "decided", "correct", "precision", "low", "high"}`; the last three
    /// are null before the first verdict.
    public var json: JSONValue {
        let number: (Double?) -> JSONValue = { $0.map { .number(String($0)) } ?? .null }
        return .object(JSONObject([
            "run_id": .number(String(runID)),
            "sampled": .number(String(sampled)),
            "decided": .number(String(decided)),
            "correct": .number(String(correct)),
            "precision": number(precision),
            "low": number(interval?.low),
            "high": number(interval?.high),
        ]))
    }

    /// One line for people, e.g. "audit of run 3's auto-merges: 120 of 150 sampled clusters
    /// judged, 118 correct: precision 98.3 % (95 % interval 94.1 %–99.5 %)".
    public var text: String {
        let head = "audit of run \(runID)'s auto-merges"
        guard sampled > 0 else {
            return "\(head): none drawn (`tcdedupe audit --sample 200` draws a sample to judge)"
        }
        guard let precision, let interval else {
            return "\(head): \(group(sampled)) sampled clusters, none judged yet "
                + "(`tcdedupe audit --json` lists them; approve or reject each with `tcdedupe decide`)"
        }
        return "\(head): \(group(decided)) of \(group(sampled)) sampled clusters judged, \(group(correct)) correct: "
            + "precision \(Self.percent(precision)) (95 % interval \(Self.percent(interval.low))–\(Self.percent(interval.high)))"
    }

    /// 0.98312 → "98.3 %".
    public static func percent(_ x: Double) -> String { "\(fixed(x * 100, 1)) %" }
}

import Pipeline
import StoredRuns

/// `apply --auto`: prints the audit estimate of the auto-merges before anything is sent, and
/// with `--require-audit X` stops unless the estimate's 95 % lower bound is at least X.
struct AuditGate {
    var requiredLowerBound: Double?

    func check(databasePath: String, runID: Int64?) throws {
        let estimate = try AuditEstimate.read(databasePath: databasePath, runID: runID)
        CLI.say(estimate.text)
        guard let required = requiredLowerBound else { return }
        guard let low = estimate.interval?.low else {
            throw PipelineError("--require-audit \(required): run \(estimate.runID) has no judged audit sample",
                                hint: "draw one with `tcdedupe audit --sample 200` and judge it with `tcdedupe decide` or `tcdedupe review`")
        }
        guard low >= required else {
            throw PipelineError(
                "--require-audit \(required): the audit's lower bound on precision is \(AuditEstimate.percent(low)), below \(AuditEstimate.percent(required))",
                hint: "judge more of the sample (`tcdedupe audit --sample N` with a larger N) or raise the auto-merge threshold; nothing was sent")
        }
    }
}

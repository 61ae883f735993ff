import Pipeline
import StoredRuns

/// `apply --auto`: reads the audit estimate of the auto-merges (printed with the plan, before
/// anything is sent), and with `--require-audit X` stops before apply starts unless the
/// estimate's 95 % lower bound is at least X.
struct AuditGate {
    var requiredLowerBound: Double?

    /// The estimate, once it passed the requirement.
    func check(databasePath: String, runID: Int64?) throws -> AuditEstimate {
        let estimate = try AuditEstimate.read(databasePath: databasePath, runID: runID)
        guard let required = requiredLowerBound else { return estimate }
        guard let low = estimate.interval?.low else {
            throw PipelineError("--require-audit \(required): run \(estimate.runID) has no judged audit sample",
                                hint: "draw one with `tcdedupe audit --sample 200` and judge it with `tcdedupe decide` or `tcdedupe review`")
        }
        guard low >= required else {
            throw PipelineError(
                "--require-audit \(required): the audit's lower bound on precision is \(AuditEstimate.percent(low)), below \(AuditEstimate.percent(required))",
                hint: "judge more of the sample (`tcdedupe audit --sample N` with a larger N) or raise the auto-merge threshold; nothing was sent")
        }
        return estimate
    }
}

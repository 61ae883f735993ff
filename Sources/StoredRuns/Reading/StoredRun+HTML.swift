import CRMModel
import Reporting
import Resolution
import Rules
import Store

/// What the HTML page needs about a stored run beside its clusters.
extension StoredRun {
    /// The run's thresholds (from its stored summary, else its stored rules, else the built-in
    /// rules) and the summary's confidence bands.
    public static func htmlContext(_ store: CustomerStore, runID: Int64, mode: HTMLPageMode) throws -> HTMLReportContext {
        guard let run = try store.run(id: runID) else {
            throw PipelineError("there is no run \(runID)", hint: "`tcdedupe status` lists the runs")
        }
        var review: Double?
        var auto: Double?
        if let text = run.summary, case .object(let summary)? = try? JSONValue(parsing: text) {
            review = summary["review_threshold"].flatMap(MergeJSON.double)
            auto = summary["auto_merge_threshold"].flatMap(MergeJSON.double)
        }
        if review == nil || auto == nil {
            let rules = try rulesOfRun(run)
            review = review ?? rules.matching.reviewThreshold
            auto = auto ?? rules.matching.autoMergeThreshold
        }
        return HTMLReportContext(runID: runID, reviewThreshold: review ?? 0, autoMergeThreshold: auto ?? 1,
                                 bandFloors: ConfidenceBands.floors, runFinishedAt: run.finishedAt ?? "", mode: mode,
                                 weightsStatement: WeightsJSON.statement(summary: run.summary) ?? "")
    }

    /// The rules a run was made with (stored with it), or the built-in ones for a run that
    /// stored none.
    public static func rulesOfRun(_ run: RunRow) throws -> RuleSet {
        guard let text = run.rulesText, !text.isEmpty else { return RuleSet.builtIn() }
        do {
            return try RulesParser.parse(text, source: "rules of run \(run.id)")
        } catch {
            throw PipelineError("the rules stored with run \(run.id) no longer parse: \(error)",
                                hint: "re-run `tcdedupe run` with this version of tcdedupe")
        }
    }
}


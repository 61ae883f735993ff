import CRMModel
import Pipeline
import StoredRuns

extension RunCommand {
    /// After a dry run: its summary, then what it would change against the latest live run.
    func sayDryRun(_ summary: RunSummary) throws {
        if !quiet { CLI.progressLine("comparing dry run \(summary.runID) with the latest live run") }
        let diff = try DryRunSettlement.settle(databasePath: database.resolvedPath, runID: summary.runID)
        CLI.finishProgress()
        if json {
            guard case .object(var object) = summary.json else { return CLI.say(summary.jsonText) }
            object["dry_run"] = .bool(true)
            object["diff"] = diff?.json ?? .null
            return CLI.say(JSONValue.object(object).prettySerialized())
        }
        CLI.say(summary.text)
        CLI.say("")
        CLI.say("run \(summary.runID) is a dry run: review, apply, report, status and the next run keep reading the latest live run; "
            + "a later dry run replaces it")
        guard let diff else {
            return CLI.say("dry run \(summary.runID): there is no live run to compare it with (`tcdedupe run` without --dry-run makes one)")
        }
        CLI.say("what dry run \(summary.runID) would change against live run \(diff.fromRun):")
        CLI.say(diff.text)
    }
}

import Store

/// What follows a dry run (`tcdedupe run --dry-run`): the store keeps only the newest dry run,
/// and the run is compared with the latest live run, which it leaves in place.
///
/// One dry run is kept because a dry run answers one question, "what would these rules do",
/// and a newer one has answered it; each holds a whole run's clusters and pairs (hundreds of MB
/// at 1.65M customers), which a trial a day would otherwise pile up. `diff --to dry-run` reads
/// the kept one again; `report --run ID` and `review --run ID` show it; `apply` refuses it.
public enum DryRunSettlement {
    /// Deletes the dry runs before `runID` and returns the diff from the latest finished live
    /// run to it, or nil when there is no live run yet.
    public static func settle(databasePath: String, runID: Int64, examplesPerChange: Int = 3) throws -> RunDiff? {
        let store = try CustomerStore.openExisting(databasePath)
        try store.deleteDryRuns(except: runID)
        guard let live = try store.latestRunID(finishedOnly: true) else { return nil }
        return try RunDiffer(examplesPerChange: examplesPerChange).diff(store, from: live, to: runID)
    }
}

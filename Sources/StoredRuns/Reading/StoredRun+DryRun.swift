import Store

extension StoredRun {
    /// Refuses a dry run where only a live run may be used (`apply`, `review`, `decide`): a dry
    /// run's clusters come from rules that were only being tried. Merging them would make those
    /// rules live behind everyone's back, and a decision on one would be deleted with it (the
    /// store keeps only the newest dry run) while its rejections pinned customers for good.
    public static func requireLive(_ store: CustomerStore, runID: Int64, command: String) throws {
        guard try store.runKind(id: runID) == .dryRun else { return }
        throw PipelineError("run \(runID) is a dry run (rules tried with `run --dry-run`); \(command) uses only live runs",
                            hint: "see what it would change with `tcdedupe diff --to \(runID)` or `tcdedupe report --run \(runID)`; "
                                + "to make those rules live, run `tcdedupe run --rules FILE` without --dry-run")
    }
}

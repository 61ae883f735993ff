import Store

extension StoredRun {
    /// Refuses a dry run where only a live run may be used (`apply`): a dry run's clusters come
    /// from rules that were only being tried, and merging them would make those rules live
    /// behind everyone's back.
    public static func requireLive(_ store: CustomerStore, runID: Int64, command: String) throws {
        guard try store.runKind(id: runID) == .dryRun else { return }
        throw PipelineError("run \(runID) is a dry run (rules tried with `run --dry-run`); \(command) uses only live runs",
                            hint: "to make those rules live, run `tcdedupe run --rules FILE` without --dry-run, review it, then \(command)")
    }
}

import Store

/// `tcdedupe diff`: picks the two runs and compares them (``RunDiffer``), reading the store only.
///
/// Defaults: `--to` is the latest finished live run; `--from` is the latest finished live run
/// before it, or, when `--to` is a dry run, the latest finished live run (what the dry run's
/// rules would replace).
public struct DiffJob: Sendable {
    public var databasePath: String
    public var from: RunReference?
    public var to: RunReference?
    public var examplesPerChange: Int

    public init(databasePath: String, from: RunReference? = nil, to: RunReference? = nil, examplesPerChange: Int = 3) {
        self.databasePath = databasePath
        self.from = from
        self.to = to
        self.examplesPerChange = examplesPerChange
    }

    public func run() throws -> RunDiff {
        let store = try CustomerStore.openExisting(databasePath, mode: .readOnly)
        let toID = try Self.resolve(store, to ?? .latest, role: "--to")
        let fromID: Int64
        if let from {
            fromID = try Self.resolve(store, from, role: "--from")
        } else if try store.runKind(id: toID) == .dryRun {
            guard let live = try store.latestRunID(finishedOnly: true) else {
                throw PipelineError("there is no finished live run to compare dry run \(toID) with",
                                    hint: "run `tcdedupe run` without --dry-run first, or give --from RUN")
            }
            fromID = live
        } else {
            guard let earlier = try store.latestLiveRunID(before: toID) else {
                throw PipelineError("there is no finished live run before run \(toID) to compare it with",
                                    hint: "`tcdedupe diff` needs two finished runs: run `tcdedupe run` again, or give --from RUN")
            }
            fromID = earlier
        }
        return try RunDiffer(examplesPerChange: examplesPerChange).diff(store, from: fromID, to: toID)
    }

    /// The id `reference` names, which must be a finished run.
    static func resolve(_ store: CustomerStore, _ reference: RunReference, role: String) throws -> Int64 {
        switch reference {
        case .latest:
            guard let id = try store.latestRunID(finishedOnly: true) else {
                throw PipelineError("the store holds no finished run", hint: "run `tcdedupe run` first")
            }
            return id
        case .dryRun:
            guard let id = try store.latestDryRunID() else {
                throw PipelineError("the store holds no finished dry run for \(role)",
                                    hint: "try rules with `tcdedupe run --rules FILE --dry-run` first")
            }
            return id
        case .id(let id):
            guard let run = try store.run(id: id) else {
                throw PipelineError("there is no run \(id) (\(role))", hint: "`tcdedupe status` lists the runs")
            }
            guard run.finishedAt != nil else {
                throw PipelineError("run \(id) (\(role)) did not finish", hint: "compare finished runs; `tcdedupe status` lists them")
            }
            return id
        }
    }
}

import CRMModel
import Resolution
import Store

/// A finished run read back from the store: its suggested merges.
public struct StoredRun: Sendable {
    public let id: Int64
    public let merges: [SuggestedMerge]

    /// The run `requested`, or the latest finished one.
    public static func resolveID(_ store: CustomerStore, requested: Int64?) throws -> Int64 {
        if let requested {
            guard let run = try store.run(id: requested) else {
                throw PipelineError("there is no run \(requested)", hint: "`tcdedupe status` lists the runs")
            }
            guard run.finishedAt != nil else {
                throw PipelineError("run \(requested) did not finish", hint: "run `tcdedupe run` again")
            }
            return requested
        }
        guard let latest = try store.latestRunID(finishedOnly: true) else {
            throw PipelineError("the store holds no finished run", hint: "run `tcdedupe run` first")
        }
        return latest
    }

    public static func load(_ store: CustomerStore, runID: Int64, minimumConfidence: Double = 0) throws -> StoredRun {
        var merges: [SuggestedMerge] = []
        for row in try store.clusters(runID: runID, minConfidence: minimumConfidence) {
            merges.append(try decode(row, runID: runID))
        }
        merges.sort { $0.clusterID < $1.clusterID }
        return StoredRun(id: runID, merges: merges)
    }

    /// The suggested merge a stored cluster holds.
    public static func decode(_ row: ClusterRow, runID: Int64) throws -> SuggestedMerge {
        do {
            return try SuggestedMerge(json: try JSONValue(parsing: row.payload))
        } catch {
            throw PipelineError("cluster \(row.clusterID) of run \(runID) is damaged in the store: \(error)",
                                hint: "re-run `tcdedupe run`")
        }
    }
}

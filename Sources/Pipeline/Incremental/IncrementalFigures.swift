import CRMModel
import StoredRuns
import Support

/// What an incremental run did, for its summary: what changed since the run it built on, what
/// it compared again, and how many clusters it rebuilt or carried over.
public struct IncrementalFigures: Sendable, Hashable {
    /// The full run whose model, pairs and clusters this run built on.
    public var baseRunID: Int64
    public var inserted = 0
    public var updated = 0
    public var deleted = 0
    /// Candidate pairs compared again (those touching a changed record, or new to blocking).
    public var rescoredPairs = 0
    /// Pairs kept from the base run without comparing them again.
    public var keptPairs = 0
    /// Records in the connected components that changed: their clusters were rebuilt.
    public var rebuiltRecords = 0
    public var rebuiltClusters = 0
    public var carriedClusters = 0

    public var changed: Int { inserted + updated + deleted }

    /// "incremental on run 3: 16,500 changed (…), 41,200 records rescored, 12,300 clusters rebuilt, …"
    public var text: String {
        "incremental on run \(baseRunID): \(group(changed)) changed (\(group(inserted)) new, \(group(updated)) edited, "
            + "\(group(deleted)) gone), \(group(rescoredPairs)) pairs rescored, \(group(rebuiltRecords)) records re-clustered, "
            + "\(group(rebuiltClusters)) clusters rebuilt, \(group(carriedClusters)) carried over"
    }

    public var json: JSONValue {
        .object(JSONObject([
            "base_run_id": .number(String(baseRunID)),
            "inserted": .number(String(inserted)),
            "updated": .number(String(updated)),
            "deleted": .number(String(deleted)),
            "rescored_pairs": .number(String(rescoredPairs)),
            "kept_pairs": .number(String(keptPairs)),
            "rebuilt_records": .number(String(rebuiltRecords)),
            "rebuilt_clusters": .number(String(rebuiltClusters)),
            "carried_clusters": .number(String(carriedClusters)),
        ]))
    }
}

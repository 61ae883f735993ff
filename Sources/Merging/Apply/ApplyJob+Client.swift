import CRMClient
import CRMModel

extension ApplyJob {
    /// Runs against the CRM API that `connection` names.
    /// - Parameter request: `--dry-run`: called with each request that would be sent.
    public func run(connection: APIConnection, progress: ((String) -> Void)?,
                    request: ((JSONObject) -> Void)?) throws -> ApplySummary {
        try run(api: ClientMergeAPI(client: try connection.makeClient()), progress: progress, request: request)
    }
}

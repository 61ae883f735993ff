import CRMClient
import CRMModel

extension ApplyJob {
    /// Runs against the CRM API that `connection` names.
    /// - Parameter request: `--dry-run`: called with each request that would be sent.
    public func run(connection: APIConnection, progress: ((String) -> Void)?,
                    request: ((JSONObject) -> Void)?) throws -> ApplySummary {
        let client = ClientMergeAPI(client: try connection.makeClient())
        let api: any MergeAPI = BenchmarkChangeFeed.isOn ? BenchmarkNoChangesAPI(base: client) : client
        return try run(api: api, progress: progress, request: request)
    }
}

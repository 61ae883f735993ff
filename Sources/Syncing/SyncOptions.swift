import CRMClient

/// What `tcdedupe sync` was asked to do.
public struct SyncOptions: Sendable {
    /// Where the CRM API is and how to talk to it (the same settings as export).
    public var connection: APIConnection
    public var databasePath: String
    /// Events asked per `GET /sync_events` (one page is one stored batch).
    public var pageSize: Int

    public init(connection: APIConnection, databasePath: String, pageSize: Int = CRMClient.defaultSyncPageSize) {
        self.connection = connection
        self.databasePath = databasePath
        self.pageSize = pageSize
    }
}

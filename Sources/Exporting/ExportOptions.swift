import CRMClient

/// What `tcdedupe export` was asked to do.
public struct ExportOptions: Sendable {
    /// Where the CRM API is and how to talk to it.
    public var connection: APIConnection
    public var databasePath: String
    /// Search parameters as JSON text (`{"has_email": true}`); nil or empty for every customer.
    public var search: String?
    /// Continue the unfinished export stored in the database.
    public var resume: Bool

    public init(connection: APIConnection, databasePath: String, search: String? = nil, resume: Bool = false) {
        self.connection = connection
        self.databasePath = databasePath
        self.search = search
        self.resume = resume
    }
}

/// What an import did.
public struct ImportSummary: Sendable {
    /// The file imported.
    public var path: String
    public var format: ImportFormat
    /// Customer records accepted (`inserted + updated`).
    public var imported: Int
    /// Customers whose id was new to the database.
    public var inserted: Int
    /// Records that replaced a stored customer, or an earlier record of the file with the same id.
    public var updated: Int
    /// Of ``updated``, records whose id came again later in the file: only the last of each id
    /// is kept, and the summary says how many were dropped so it is not silent.
    public var duplicateIDs: Int
    /// Records rejected (all of them, even past `keptRejects`).
    public var rejected: Int
    /// The first rejects, in file order (at most `ImportOptions.keptRejects`).
    public var rejects: [ImportReject]
    /// Saved `customer_search` pages read.
    public var pages: Int
    /// Bytes read from the file.
    public var bytesRead: Int64
    /// Things worth knowing that did not stop the import ("the array is not closed: …").
    public var warnings: [String]
    public var duration: Duration

    public init(path: String, format: ImportFormat, imported: Int = 0, inserted: Int = 0, updated: Int = 0,
                duplicateIDs: Int = 0, rejected: Int = 0, rejects: [ImportReject] = [], pages: Int = 0, bytesRead: Int64 = 0,
                warnings: [String] = [], duration: Duration = .zero) {
        self.path = path
        self.format = format
        self.imported = imported
        self.inserted = inserted
        self.updated = updated
        self.duplicateIDs = duplicateIDs
        self.rejected = rejected
        self.rejects = rejects
        self.pages = pages
        self.bytesRead = bytesRead
        self.warnings = warnings
        self.duration = duration
    }
}

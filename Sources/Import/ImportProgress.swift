/// How far an import has come, reported a few times a second.
public struct ImportProgress: Sendable, Hashable {
    public enum Phase: String, Sendable, Hashable {
        /// Reading and checking records.
        case reading
        /// Writing the accepted records into the database, in id order.
        case storing
        /// Done.
        case finished
    }

    public var phase: Phase
    /// Records accepted so far (customers, not pages).
    public var records: Int
    /// Records rejected so far.
    public var rejected: Int
    /// Bytes of the file read so far.
    public var bytesRead: Int64
    /// Size of the file (0 when unknown, e.g. a pipe).
    public var totalBytes: Int64
    /// Distinct customers written into the database so far (storing phase).
    public var stored: Int
    /// Distinct customers to write (storing phase; 0 before it is known). Records repeating an
    /// id count once.
    public var toStore: Int

    public init(phase: Phase, records: Int, rejected: Int, bytesRead: Int64, totalBytes: Int64,
                stored: Int = 0, toStore: Int = 0) {
        self.phase = phase
        self.records = records
        self.rejected = rejected
        self.bytesRead = bytesRead
        self.totalBytes = totalBytes
        self.stored = stored
        self.toStore = toStore
    }
}

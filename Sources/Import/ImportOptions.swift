import CRMModel
import Parallelism

/// Limits and choices of a customer file import.
public struct ImportOptions: Sendable {
    /// A customer record larger than this is rejected (default 1 MiB).
    public var maxRecordBytes = 1 << 20
    /// A record with a string (value or key) longer than this is rejected (default 64 KiB):
    /// a 10 MB "name" is an accident or an attack, never a name.
    public var maxStringBytes = 64 << 10
    /// A line or array element holding a saved `customer_search` page may be this large
    /// (default 64 MiB); anything larger is skipped unread and rejected.
    public var maxPageBytes = 64 << 20
    /// Deepest nesting of arrays and objects in a record (default 64; CRM records nest about 4).
    public var maxDepth = 64
    /// Where to write each rejected record (JSON Lines: `{"line":…,"reason":…,"raw":"…"}`); nil: nowhere.
    public var rejectsPath: String?
    /// How many rejects the summary keeps in full (all are counted, and all go to `rejectsPath`).
    public var keptRejects = 1_000
    /// Bytes read from the file at a time.
    public var chunkBytes = 4 << 20
    /// Threads that parse records (default: the machine's cores, at most 8).
    public var parserThreads = ImportOptions.defaultParserThreads
    /// Which JSON fields fill the store's `franchise_id` and `updated_at` columns.
    public var fieldMapping = FieldMapping()

    public init() {}

    static var defaultParserThreads: Int { min(max(ProcessorCount.online, 1), 8) }
}

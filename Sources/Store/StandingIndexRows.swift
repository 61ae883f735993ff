/// The standing index's header row of one run (see `StoreSchema.standingIndexMigration`).
public struct StandingIndexHeaderRow: Sendable, Hashable {
    public var runID: Int64
    /// Version of the blobs' layout; a reader refuses a format it does not know.
    public var format: Int
    public var records: Int
    public var createdAt: String
    /// What normalization learned from the base, as JSON.
    public var learned: String
    public var statistics: [UInt8]

    public init(runID: Int64, format: Int, records: Int, createdAt: String = "", learned: String, statistics: [UInt8]) {
        self.runID = runID
        self.format = format
        self.records = records
        self.createdAt = createdAt
        self.learned = learned
        self.statistics = statistics
    }
}

/// One blocking rule of a standing index: its cap, entry count and chunk directory.
public struct StandingIndexRuleRow: Sendable, Hashable {
    public var rule: Int
    public var name: String
    public var maximumBlockSize: Int
    public var entries: Int
    public var directory: [UInt8]

    public init(rule: Int, name: String, maximumBlockSize: Int, entries: Int, directory: [UInt8]) {
        self.rule = rule
        self.name = name
        self.maximumBlockSize = maximumBlockSize
        self.entries = entries
        self.directory = directory
    }
}

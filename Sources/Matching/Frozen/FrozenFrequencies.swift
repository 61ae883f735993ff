import Support

/// The value frequencies of the base a model was estimated on, kept with the model so that later
/// runs weigh an exact match exactly as that run did.
///
/// Term-frequency weights, household values and the record count are global: one new "Tanaka"
/// moves the weight of every pair that agrees on Tanaka. A run that keeps a model (an incremental
/// run, or `run --full --model-from RUN`) therefore weighs values by these counts, not by the
/// base it reads: a value the frozen base carried on two or more records weighs by that count,
/// any other value (new, or carried by one record) as carried by one; a phone or email is a
/// household value only if it was one then; the record count is the frozen base's. With that,
/// a pair's weight depends on its two records and the model only, which is what lets an
/// incremental run keep the pairs among unchanged records as they are.
public struct FrozenFrequencies: Sendable {
    /// Records in the frozen base.
    public let recordCount: Int
    /// Group names: the kind of storage and the pool group or column ("text:names", "set:phone").
    let groups: [String]
    /// Values carried by two or more records, or marked household: group, bytes, count, flag.
    let entryGroup: [UInt16]
    let entryCount: [Int32]
    let entryHousehold: [UInt8]
    let entryStarts: [Int32]
    let entryBytes: [UInt8]
    /// Dates carried by two or more records, per date column group.
    let dateGroup: [UInt16]
    let dateValue: [Int32]
    let dateCount: [Int32]

    /// Values kept (for the summary and tests).
    public var valueCount: Int { entryGroup.count + dateGroup.count }

    static let marker: UInt64 = 0x5443_4646_5245_5A31  // "TCFFREZ1"

    public func serialized() -> [UInt8] {
        var w = BinaryWriter()
        w.write(Self.marker)
        w.write(Int64(recordCount))
        w.write(Int64(groups.count))
        for g in groups { w.write(g) }
        w.write(entryGroup)
        w.write(entryCount)
        w.write(entryHousehold)
        w.write(entryStarts)
        w.write(entryBytes)
        w.write(dateGroup)
        w.write(dateValue)
        w.write(dateCount)
        return w.bytes
    }

    /// Reads what ``serialized()`` wrote; nil when the bytes are not that.
    public init?(serialized bytes: [UInt8]) {
        var r = BinaryReader(bytes)
        guard r.read(UInt64.self) == Self.marker, let records = r.read(Int64.self), let groupCount = r.read(Int64.self),
              groupCount >= 0 else { return nil }
        var groups: [String] = []
        for _ in 0..<groupCount {
            guard let g = r.readString() else { return nil }
            groups.append(g)
        }
        guard let eg = r.readArray(of: UInt16.self), let ec = r.readArray(of: Int32.self), let eh = r.readArray(of: UInt8.self),
              let es = r.readArray(of: Int32.self), let eb = r.readArray(of: UInt8.self),
              let dg = r.readArray(of: UInt16.self), let dv = r.readArray(of: Int32.self), let dc = r.readArray(of: Int32.self),
              r.isAtEnd, ec.count == eg.count, eh.count == eg.count, es.count == eg.count + 1,
              dv.count == dg.count, dc.count == dg.count else { return nil }
        self.init(recordCount: Int(records), groups: groups, entryGroup: eg, entryCount: ec, entryHousehold: eh,
                  entryStarts: es, entryBytes: eb, dateGroup: dg, dateValue: dv, dateCount: dc)
    }

    init(recordCount: Int, groups: [String], entryGroup: [UInt16], entryCount: [Int32], entryHousehold: [UInt8],
         entryStarts: [Int32], entryBytes: [UInt8], dateGroup: [UInt16], dateValue: [Int32], dateCount: [Int32]) {
        self.recordCount = recordCount
        self.groups = groups
        self.entryGroup = entryGroup
        self.entryCount = entryCount
        self.entryHousehold = entryHousehold
        self.entryStarts = entryStarts
        self.entryBytes = entryBytes
        self.dateGroup = dateGroup
        self.dateValue = dateValue
        self.dateCount = dateCount
    }
}

extension FrozenFrequencies {
    /// Collects the entries while a table is read (see ``RecordTable/frozenFrequencies()``).
    struct Builder {
        let recordCount: Int
        var groups: [String] = []
        var entryGroup: [UInt16] = []
        var entryCount: [Int32] = []
        var entryHousehold: [UInt8] = []
        var entryStarts: [Int32] = [0]
        var entryBytes: [UInt8] = []
        var dateGroup: [UInt16] = []
        var dateValue: [Int32] = []
        var dateCount: [Int32] = []

        mutating func group(_ name: String) -> UInt16 {
            if let g = groups.firstIndex(of: name) { return UInt16(g) }
            groups.append(name)
            return UInt16(groups.count - 1)
        }

        mutating func add(_ group: UInt16, _ bytes: UnsafeBufferPointer<UInt8>, count: Int32, household: Bool) {
            entryGroup.append(group)
            entryCount.append(count)
            entryHousehold.append(household ? 1 : 0)
            entryBytes.append(contentsOf: bytes)
            entryStarts.append(Int32(entryBytes.count))
        }

        mutating func addDate(_ group: UInt16, _ date: Int32, count: Int32) {
            dateGroup.append(group)
            dateValue.append(date)
            dateCount.append(count)
        }

        func build() -> FrozenFrequencies {
            FrozenFrequencies(recordCount: recordCount, groups: groups, entryGroup: entryGroup, entryCount: entryCount,
                              entryHousehold: entryHousehold, entryStarts: entryStarts, entryBytes: entryBytes,
                              dateGroup: dateGroup, dateValue: dateValue, dateCount: dateCount)
        }
    }
}

/// What term-frequency weights and the over-merge guard read from a whole base, kept so that a
/// few records scored later weigh as the full run weighed them (see
/// ``RecordTable/frozen(to:newRecords:)``).
///
/// Values are named by stable keys (``StableHash`` of the field group and the bytes, or of the
/// column and the date), so another process finds them without the run's string pools. Only
/// values carried at least twice are listed: a value missing here was carried by at most one
/// record of the base, which a frozen table tells from the records it holds.
public struct ValueStatistics: Sendable, Hashable {
    /// Values carried by fewer records are not listed. 2 keeps the index small (most phones
    /// and emails are carried once); an incremental run that must tell "carried once" from
    /// "carried by none" needs 1 (about 8M more keys at 1.65M customers).
    public static let minimumListedCount: Int32 = 2

    /// Records in the base (the n of the log2(frequency / n) term).
    public let recordCount: Int
    /// Value keys, ascending, and how many records carry each (counted as the run's table
    /// counts: a name in both name parts of one record counts twice).
    public let keys: [UInt64]
    public let counts: [Int32]
    /// Keys of the phones and emails the base marked as household values, ascending.
    public let household: [UInt64]

    public init(recordCount: Int, keys: [UInt64], counts: [Int32], household: [UInt64]) {
        precondition(keys.count == counts.count, "one count per key")
        self.recordCount = recordCount
        self.keys = keys
        self.counts = counts
        self.household = household
    }

    /// How many records of the base carry the value with `key`, or nil when fewer than two did.
    public func count(of key: UInt64) -> Int32? {
        let k = Self.lowerBound(keys, key)
        return k < keys.count && keys[k] == key ? counts[k] : nil
    }

    public func isHousehold(_ key: UInt64) -> Bool {
        let k = Self.lowerBound(household, key)
        return k < household.count && household[k] == key
    }

    /// The first index of `sorted` whose key is not below `key`.
    public static func lowerBound(_ sorted: [UInt64], _ key: UInt64) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

extension RecordTable {
    /// This table's value statistics (see ``ValueStatistics``), for a standing index.
    /// - Complexity: O(values) plus a sort of the values carried at least twice.
    public func valueStatistics() -> ValueStatistics {
        let floor = ValueStatistics.minimumListedCount
        let ids = ValueKeys(self, only: { _, frequency in frequency >= floor })
        var entries: [BlockEntry] = []
        func add(_ keys: [UInt64], _ frequencies: [Int32]) {
            for id in 1..<max(keys.count, 1) where keys[id] != 0 && frequencies[id] >= floor {
                entries.append(BlockEntry(key: keys[id], record: frequencies[id]))
            }
        }
        add(ids.text, textFrequency)
        add(ids.written, writtenFrequency)
        add(ids.set, setFrequency)
        for (key, count) in ids.dateCounts(self) where count >= floor { entries.append(BlockEntry(key: key, record: count)) }
        RadixSort.sortByKey(&entries)
        var household: [UInt64] = []
        for id in householdValue.indices where householdValue[id] && ids.set[id] != 0 { household.append(ids.set[id]) }
        household.sort()
        return ValueStatistics(recordCount: count, keys: entries.map(\.key), counts: entries.map(\.record), household: household)
    }
}

import Normalization

/// One independent part of building a ``RecordTable``: interning one pool group's values (or
/// their written forms), one set column, one date column, or the franchise.
struct ColumnBuildTask: Sendable {
    enum Product: Sendable {
        case franchise
        /// Comparison keys of a pool group; `nicknames`: the group's keys get nickname groups.
        case textKeys(nicknames: Bool)
        /// The written forms of a pool group.
        case textWritten
        case set
        case date
    }

    /// What a task made: a pool and its id columns, or a set column, or dates with their counts.
    struct Built: Sendable {
        var pool = StringPool()
        var columns: [[Int32]] = []
        /// Text products: each source's values in the records' other addresses (one row per
        /// address, records in order; see ``RecordTable/addressStarts``), ids in `pool`.
        var alternateColumns: [[Int32]] = []
        var set: MultiValueColumn?
        var dateFrequency: [Int32] = []
        /// Set columns: the records that had more distinct values than the limit (in order).
        var cappedRecords: [Int] = []
    }

    let product: Product
    let sources: [ColumnSource]

    /// Builds the task's product; a set column keeps at most `valueLimit` distinct values of a
    /// record (the first ones, in the record's order).
    func build(_ customers: [NormalizedCustomer], valueLimit: Int) -> Built {
        var built = Built()
        // Fields are read in place: copying each customer out of the array retained every string
        // in it, and that showed in the profile of a 1.65M run.
        customers.withUnsafeBufferPointer { records in
            switch product {
            case .franchise:
                var ids: [Int32] = []
                ids.reserveCapacity(records.count)
                for k in records.indices { ids.append(built.pool.intern(records[k].franchise)) }
                built.columns = [ids]
            case .textKeys, .textWritten:
                let written: Bool
                if case .textWritten = product { written = true } else { written = false }
                var columns = [[Int32]](repeating: [], count: sources.count)
                for s in columns.indices { columns[s].reserveCapacity(records.count) }
                var alternates = [[Int32]](repeating: [], count: sources.count)
                for k in records.indices {
                    for (s, source) in sources.enumerated() {
                        columns[s].append(built.pool.intern(Self.text(records[k], source, written: written)))
                    }
                    for address in records[k].otherAddresses.prefix(valueLimit) {
                        for (s, source) in sources.enumerated() {
                            alternates[s].append(built.pool.intern(Self.text(address, source, written: written)))
                        }
                    }
                }
                built.columns = columns
                built.alternateColumns = alternates
            case .set:
                var column = MultiValueColumn()
                for k in records.indices {
                    let (ids, capped) = Self.distinctIDs(Self.texts(records[k], sources[0]), limit: valueLimit, &built.pool)
                    column.append(ids)
                    if capped { built.cappedRecords.append(k) }
                }
                built.set = column
            case .date:
                var dates: [Int32] = []
                dates.reserveCapacity(records.count)
                var counts: [Int32: Int32] = [:]
                for k in records.indices {
                    let d = Self.date(records[k], sources[0])
                    dates.append(d)
                    if d != 0 { counts[d, default: 0] += 1 }
                }
                built.columns = [dates]
                built.dateFrequency = dates.map { $0 == 0 ? 0 : counts[$0] ?? 0 }
            }
        }
        built.pool.freeze()
        return built
    }

    /// A record's text value of `source` ("" when missing; names of placeholder records are missing).
    private static func text(_ record: NormalizedCustomer, _ source: ColumnSource, written: Bool) -> String {
        switch source {
        case .familyName:
            return record.isPlaceholderName ? "" : (written ? record.lastName.exact : record.lastName.romaji)
        case .givenName:
            return record.isPlaceholderName ? "" : (written ? record.firstName.exact : record.firstName.romaji)
        case .company: return record.company
        case .postalCode: return record.postalCode
        case .street: return written ? record.streetWords : record.street
        case .text(let name): return record.texts[name] ?? ""
        case .phones, .emails, .birthday: return ""
        }
    }

    /// The value of `source` in one of a record's other addresses ("" for fields that are not
    /// part of an address).
    private static func text(_ address: NormalizedAddress, _ source: ColumnSource, written: Bool) -> String {
        switch source {
        case .postalCode: return address.postalCode
        case .street: return written ? address.streetWords : address.street
        case .text(let name): return address.texts[name] ?? ""
        case .familyName, .givenName, .company, .phones, .emails, .birthday: return ""
        }
    }

    private static func texts(_ record: NormalizedCustomer, _ source: ColumnSource) -> [String] {
        switch source {
        case .phones: return record.phones
        case .emails: return record.emails
        default: return []
        }
    }

    private static func date(_ record: NormalizedCustomer, _ source: ColumnSource) -> Int32 {
        source == .birthday ? record.birthday ?? 0 : 0
    }

    /// The ids of the first `limit` distinct non-empty values, and whether a further distinct
    /// value was left out. Values past the limit are not interned, so they weigh nothing in the
    /// value frequencies either: a record with 10,000 phones is a data error, and comparing or
    /// blocking on all of them made the work quadratic in that one record.
    private static func distinctIDs(_ values: [String], limit: Int, _ pool: inout StringPool) -> (ids: [Int32], capped: Bool) {
        var ids: [Int32] = []
        for (k, v) in values.enumerated() where !v.isEmpty {
            guard ids.count < limit else {
                // Full: capped only if a value not kept follows (a repeat of a kept one is not).
                let left = values[k...].contains { w in !w.isEmpty && !ids.contains { pool.string($0) == w } }
                return (ids, left)
            }
            let id = pool.intern(v)
            if !ids.contains(id) { ids.append(id) }
        }
        return (ids, false)
    }
}

/// The stable key (``StableHash``) of each value id of a ``RecordTable``: text ids under their
/// pool group (`t:names`), written forms likewise (`w:names`), set values under their column
/// (`s:phone`); dates are keyed per column and date (`d:birthday`).
///
/// Ids are never shared across groups (``JoinedPools``), so walking the columns names each id once.
struct ValueKeys {
    var text: [UInt64]
    var written: [UInt64]
    var set: [UInt64]

    /// Keys of the ids for which `only(kind, frequency)` holds (all when it always does); 0 for the others.
    init(_ table: RecordTable, only: (ColumnKind, Int32) -> Bool = { _, _ in true }) {
        let n = table.count
        text = [UInt64](repeating: 0, count: table.textPool.count)
        written = [UInt64](repeating: 0, count: table.writtenPool.count)
        set = [UInt64](repeating: 0, count: table.setPool.count)
        for (c, column) in table.columns.enumerated() {
            switch column.kind {
            case .text:
                let tag = StableHash.tag("t:" + column.poolGroup)
                let base = table.storageIndex[c] * n
                for r in 0..<n {
                    let id = Int(table.textKeys[base + r])
                    if id != 0 && text[id] == 0 && only(.text, table.textFrequency[id]) {
                        text[id] = table.textPool.withBytes(Int32(id)) { StableHash.of($0, tag: tag) }
                    }
                }
                guard let w = table.writtenIndex[c] else { continue }
                let writtenTag = StableHash.tag("w:" + column.poolGroup)
                for r in 0..<n {
                    let id = Int(table.textWritten[w * n + r])
                    if id != 0 && written[id] == 0 && only(.text, table.writtenFrequency[id]) {
                        written[id] = table.writtenPool.withBytes(Int32(id)) { StableHash.of($0, tag: writtenTag) }
                    }
                }
            case .textSet:
                let tag = StableHash.tag("s:" + column.name)
                let base = table.storageIndex[c] * (n + 1)
                for x in Int(table.setStarts[base])..<Int(table.setStarts[base + n]) {
                    let id = Int(table.setValues[x])
                    if set[id] == 0 && only(.textSet, table.setFrequency[id]) {
                        set[id] = table.setPool.withBytes(Int32(id)) { StableHash.of($0, tag: tag) }
                    }
                }
            case .date:
                continue
            }
        }
    }

    /// The key of each date column's date `d`.
    static func dateKey(_ table: RecordTable, column c: Int, date d: Int32) -> UInt64 {
        StableHash.of(Int64(d), tag: StableHash.tag("d:" + table.columns[c].name))
    }

    /// Every (date key, records carrying it) of the table's date columns.
    func dateCounts(_ table: RecordTable) -> [UInt64: Int32] {
        let n = table.count
        var out: [UInt64: Int32] = [:]
        for (c, column) in table.columns.enumerated() where column.kind == .date {
            let tag = StableHash.tag("d:" + column.name)
            let base = table.storageIndex[c] * n
            var perDate: [Int32: Int32] = [:]
            for r in 0..<n where table.dates[base + r] != 0 { perDate[table.dates[base + r], default: 0] += 1 }
            for (d, count) in perDate { out[StableHash.of(Int64(d), tag: tag)] = count }
        }
        return out
    }
}

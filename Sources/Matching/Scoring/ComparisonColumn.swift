/// Where a comparison reads its column in the ``RecordTable``'s flat arrays, resolved from the
/// field name once when the ``PairComparer`` is made: plain integers, so the scoring loop looks
/// nothing up by name.
struct ComparisonColumn {
    enum Kind: UInt8 {
        case text, textSet, date
        /// The table has no such column: every pair is `missing`.
        case absent
    }

    let kind: Kind
    /// Where the column starts in the table's array of its kind (record `r` at `base + r`).
    let base: Int
    /// Where record `j` is read when names are swapped: the other name part's column; `base`
    /// for any other field.
    let swapBase: Int
    /// The same two for the written form of a text column; -1 when it has none.
    let writtenBase: Int
    let swapWrittenBase: Int
    /// A shared value of this set column may be a household's (phones, emails).
    let checksHousehold: Bool
    /// Where the column's values in records' other addresses start in the table's
    /// `alternateKeys` (and its written forms in `alternateWritten`); -1 when no other address
    /// holds a value of it.
    let alternateBase: Int
    let alternateWrittenBase: Int

    init(field: String, table: RecordTable) {
        let n = table.count
        guard let c = table.columns.firstIndex(where: { $0.name == field }) else {
            (kind, base, swapBase, writtenBase, swapWrittenBase, checksHousehold) = (.absent, 0, 0, -1, -1, false)
            (alternateBase, alternateWrittenBase) = (-1, -1)
            return
        }
        let column = table.columns[c]
        checksHousehold = column.kind == .textSet && column.marksHouseholdValues
        if table.hasAlternates[c] {
            alternateBase = table.storageIndex[c] * table.addressRows
            alternateWrittenBase = table.writtenIndex[c].map { $0 * table.addressRows } ?? -1
        } else {
            (alternateBase, alternateWrittenBase) = (-1, -1)
        }
        switch column.kind {
        case .text:
            let partner = table.swapPartner(of: c)
            kind = .text
            base = table.storageIndex[c] * n
            swapBase = table.storageIndex[partner] * n
            if let w = table.writtenIndex[c] {
                writtenBase = w * n
                swapWrittenBase = (table.writtenIndex[partner] ?? w) * n
            } else {
                writtenBase = -1
                swapWrittenBase = -1
            }
        case .textSet:
            kind = .textSet
            base = table.storageIndex[c] * (n + 1)
            (swapBase, writtenBase, swapWrittenBase) = (base, -1, -1)
        case .date:
            kind = .date
            base = table.storageIndex[c] * n
            (swapBase, writtenBase, swapWrittenBase) = (base, -1, -1)
        }
    }
}

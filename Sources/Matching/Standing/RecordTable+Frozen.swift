extension RecordTable {
    /// This table (a few records: a query and its candidates) with the value frequencies,
    /// household values and record count of a whole base, so that its pairs weigh what the base's
    /// full run gave them.
    ///
    /// `newRecords[r]` says that record `r` is not part of that base (a booking being checked):
    /// its values add to the base's counts, as a full run over the base and it would count them.
    /// Records of the base add nothing (they are counted in `statistics` already). A value
    /// `statistics` does not list was carried by at most one base record, so its base count is
    /// the number of base records of this table carrying it. Household marks are the base's
    /// as they were: a new record does not make a value a household's.
    public func frozen(to statistics: ValueStatistics, newRecords: [Bool]) -> RecordTable {
        precondition(newRecords.count == count, "one flag per record")
        let keys = ValueKeys(self)
        let n = count
        var table = self
        var baseText = [Int32](repeating: 0, count: textPool.count), newText = baseText
        var baseWritten = [Int32](repeating: 0, count: writtenPool.count), newWritten = baseWritten
        var baseSet = [Int32](repeating: 0, count: setPool.count), newSet = baseSet
        for (c, column) in columns.enumerated() {
            switch column.kind {
            case .text:
                let base = storageIndex[c] * n
                for r in 0..<n where textKeys[base + r] != 0 {
                    if newRecords[r] { newText[Int(textKeys[base + r])] += 1 } else { baseText[Int(textKeys[base + r])] += 1 }
                }
                guard let w = writtenIndex[c] else { continue }
                for r in 0..<n where textWritten[w * n + r] != 0 {
                    let id = Int(textWritten[w * n + r])
                    if newRecords[r] { newWritten[id] += 1 } else { baseWritten[id] += 1 }
                }
            case .textSet:
                let base = storageIndex[c] * (n + 1)
                for r in 0..<n {
                    for x in Int(setStarts[base + r])..<Int(setStarts[base + r + 1]) {
                        if newRecords[r] { newSet[Int(setValues[x])] += 1 } else { baseSet[Int(setValues[x])] += 1 }
                    }
                }
            case .date:
                let base = storageIndex[c] * n
                var baseDates: [Int32: Int32] = [:], newDates: [Int32: Int32] = [:]
                for r in 0..<n where dates[base + r] != 0 {
                    if newRecords[r] { newDates[dates[base + r], default: 0] += 1 } else { baseDates[dates[base + r], default: 0] += 1 }
                }
                for r in 0..<n where dates[base + r] != 0 {
                    let d = dates[base + r]
                    let inBase = statistics.count(of: ValueKeys.dateKey(self, column: c, date: d)) ?? baseDates[d] ?? 0
                    table.dateFrequency[base + r] = inBase + (newDates[d] ?? 0)
                }
            }
        }
        func frozen(_ keys: [UInt64], _ base: [Int32], _ new: [Int32]) -> [Int32] {
            keys.indices.map { id in id == 0 ? 0 : (statistics.count(of: keys[id]) ?? base[id]) + new[id] }
        }
        table.textFrequency = frozen(keys.text, baseText, newText)
        table.writtenFrequency = frozen(keys.written, baseWritten, newWritten)
        table.setFrequency = frozen(keys.set, baseSet, newSet)
        table.householdValue = keys.set.map { $0 != 0 && statistics.isHousehold($0) }
        table.frequencyRecordCount = statistics.recordCount + newRecords.lazy.filter { $0 }.count
        return table
    }
}

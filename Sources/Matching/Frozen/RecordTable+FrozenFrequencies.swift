extension RecordTable {
    /// The value counts of this table, to keep with the model a run scored with (see
    /// ``FrozenFrequencies``): values carried by two or more records, household values, dates
    /// carried by two or more records, and the record count.
    public func frozenFrequencies() -> FrozenFrequencies {
        var builder = FrozenFrequencies.Builder(recordCount: frequencyRecordCount)
        forEachValueGroup { name, kind, ids in
            let g = builder.group(name)
            switch kind {
            case .text, .written:
                let pool = kind == .text ? textPool : writtenPool
                let frequency = kind == .text ? textFrequency : writtenFrequency
                for id in ids where frequency[Int(id)] >= 2 {
                    pool.withBytes(id) { builder.add(g, $0, count: frequency[Int(id)], household: false) }
                }
            case .set:
                for id in ids where setFrequency[Int(id)] >= 2 || householdValue[Int(id)] {
                    setPool.withBytes(id) { builder.add(g, $0, count: setFrequency[Int(id)], household: householdValue[Int(id)]) }
                }
            case .date:
                break
            }
        }
        let n = count
        for (c, column) in columns.enumerated() where column.kind == .date {
            let g = builder.group("date:" + column.name)
            let base = storageIndex[c] * n
            var seen = Set<Int32>()
            for r in 0..<n where dates[base + r] != 0 && dateFrequency[base + r] >= 2 && seen.insert(dates[base + r]).inserted {
                builder.addDate(g, dates[base + r], count: dateFrequency[base + r])
            }
        }
        return builder.build()
    }

    /// This table with the counts of `frozen` in place of its own: every value it carries counts
    /// as many records as it did in the frozen base (one when the frozen base did not keep it),
    /// household values are the frozen base's, and so is the record count.
    public func withFrozenFrequencies(_ frozen: FrozenFrequencies) -> RecordTable {
        withFrozenFrequencies(frozen, lookup: FrozenLookup(frozen))
    }

    /// The same, with the lookup of `frozen` built once for many tables (an incremental run's).
    func withFrozenFrequencies(_ frozen: FrozenFrequencies, lookup: FrozenLookup) -> RecordTable {
        var table = self
        var text = [Int32](repeating: 0, count: textFrequency.count)
        var written = [Int32](repeating: 0, count: writtenFrequency.count)
        var sets = [Int32](repeating: 0, count: setFrequency.count)
        var household = [Bool](repeating: false, count: householdValue.count)
        forEachValueGroup { name, kind, ids in
            let g = lookup.group(name)
            for id in ids {
                let pool: StringPool
                switch kind {
                case .text: pool = textPool
                case .written: pool = writtenPool
                case .set: pool = setPool
                case .date: continue
                }
                let found = g.flatMap { g in pool.withBytes(id) { lookup.entry(g, $0) } }
                switch kind {
                case .text: text[Int(id)] = found?.count ?? 1
                case .written: written[Int(id)] = found?.count ?? 1
                case .set:
                    sets[Int(id)] = found?.count ?? 1
                    household[Int(id)] = found?.household ?? false
                case .date: break
                }
            }
        }
        var dateFrequency = [Int32](repeating: 0, count: self.dateFrequency.count)
        let n = count
        for (c, column) in columns.enumerated() where column.kind == .date {
            let g = lookup.group("date:" + column.name)
            let base = storageIndex[c] * n
            for r in 0..<n where dates[base + r] != 0 {
                dateFrequency[base + r] = g.flatMap { lookup.dateCount($0, dates[base + r]) } ?? 1
            }
        }
        table.textFrequency = text
        table.writtenFrequency = written
        table.setFrequency = sets
        table.householdValue = household
        table.dateFrequency = dateFrequency
        table.frequencyRecordCount = frozen.recordCount
        return table
    }

    enum ValueGroupKind { case text, written, set, date }

    /// Calls `body` once per value group (a text pool group, its written forms, a set column)
    /// with the distinct value ids its records carry, each id once (ids of two groups never meet).
    private func forEachValueGroup(_ body: (String, ValueGroupKind, [Int32]) -> Void) {
        let n = count
        var groups: [(name: String, kind: ValueGroupKind, ids: [Int32])] = []
        func collect(_ name: String, _ kind: ValueGroupKind, _ values: ArraySlice<Int32>, seen: inout [Bool]) {
            let g: Int
            if let existing = groups.firstIndex(where: { $0.name == name }) { g = existing } else {
                groups.append((name, kind, []))
                g = groups.count - 1
            }
            for id in values where id != 0 && !seen[Int(id)] {
                seen[Int(id)] = true
                groups[g].ids.append(id)
            }
        }
        var seenText = [Bool](repeating: false, count: textPool.count)
        var seenWritten = [Bool](repeating: false, count: writtenPool.count)
        var seenSet = [Bool](repeating: false, count: setPool.count)
        for (c, column) in columns.enumerated() {
            switch column.kind {
            case .text:
                let base = storageIndex[c] * n
                collect("text:" + column.poolGroup, .text, textKeys[base..<(base + n)], seen: &seenText)
                if let w = writtenIndex[c] {
                    collect("written:" + column.poolGroup, .written, textWritten[(w * n)..<(w * n + n)], seen: &seenWritten)
                }
            case .textSet:
                let base = storageIndex[c] * (n + 1)
                collect("set:" + column.name, .set, setValues[Int(setStarts[base])..<Int(setStarts[base + n])], seen: &seenSet)
            case .date:
                continue
            }
        }
        for g in groups { body(g.name, g.kind, g.ids) }
    }
}

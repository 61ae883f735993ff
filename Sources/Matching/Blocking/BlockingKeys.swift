/// Builds the blocking keys of one record under one rule.
///
/// A key is the hash of (rule, franchise, key values): the franchise is part of every key, so
/// no block ever holds records of two franchises. A record missing any key value gets no key
/// under that rule. Set columns (phones, emails) give one key per value. The rules' key names are
/// resolved to table columns once, here, so the per-record work reads integer arrays only.
struct BlockingKeys {
    let table: RecordTable
    /// The resolved keys of each rule, by rule index.
    private let resolved: [[ResolvedKey]]
    /// When set, values are hashed by their bytes rather than their pool ids: the keys the
    /// standing index stores, the same in every process (see ``StableValueIDs``).
    private let stable: StableValueIDs?

    /// A key resolved to its storage. `swapBase`: where to read it when names are swapped.
    private struct ResolvedKey {
        enum Read { case textKey, textInitial, textWritten, set, date, absent }
        let read: Read
        let base: Int
        let swapBase: Int
        let isNamePart: Bool
        /// Where the key is read in a record's other addresses (`alternateKeys` or
        /// `alternateWritten`, by the `read` form); -1 when no other address holds it.
        var alternateBase = -1
    }

    init(table: RecordTable, rules: [BlockingRule], stable: StableValueIDs? = nil) {
        self.table = table
        self.stable = stable
        self.resolved = rules.map { rule in rule.keys.map { Self.resolve(BlockingKey($0), table) } }
    }

    /// Where key `key` of column `column` is read in the records' other addresses, or -1.
    private static func alternateBase(_ column: Int, _ key: BlockingKey, _ table: RecordTable) -> Int {
        guard table.hasAlternates[column] else { return -1 }
        if key.form == .written, let w = table.writtenIndex[column] { return w * table.addressRows }
        return table.storageIndex[column] * table.addressRows
    }

    private static func resolve(_ key: BlockingKey, _ table: RecordTable) -> ResolvedKey {
        guard let column = table.columns.firstIndex(where: { $0.name == key.field }) else {
            return ResolvedKey(read: .absent, base: 0, swapBase: 0, isNamePart: false)
        }
        let partner = table.swapPartner(of: column)
        let n = table.count
        let alternate = alternateBase(column, key, table)
        switch table.columns[column].kind {
        case .text:
            if key.form == .written, let w = table.writtenIndex[column] {
                let pw = table.writtenIndex[partner] ?? w
                return ResolvedKey(read: .textWritten, base: w * n, swapBase: pw * n, isNamePart: key.isNamePart,
                                   alternateBase: alternate)
            }
            return ResolvedKey(read: key.form == .initial ? .textInitial : .textKey, base: table.storageIndex[column] * n,
                               swapBase: table.storageIndex[partner] * n, isNamePart: key.isNamePart, alternateBase: alternate)
        case .textSet:
            let base = table.storageIndex[column] * (n + 1)
            return ResolvedKey(read: .set, base: base, swapBase: base, isNamePart: false)
        case .date:
            let base = table.storageIndex[column] * n
            return ResolvedKey(read: .date, base: base, swapBase: base, isNamePart: false)
        }
    }

    /// Calls `emit` with each key of `record` under `rule` (rule index `ruleIndex`). A record with
    /// other addresses gets the keys of each address too (its postal code with that address's
    /// street, not another's), each distinct key once.
    func forEachKey(record r: Int, rule: BlockingRule, ruleIndex: Int, _ emit: (UInt64) -> Void) {
        let keys = resolved[ruleIndex]
        let symmetric = rule.symmetricNames && keys.contains(where: \.isNamePart)
        let rows = table.addressStarts.isEmpty ? 0..<0 : Int(table.addressStarts[r])..<Int(table.addressStarts[r + 1])
        guard !rows.isEmpty, keys.contains(where: { $0.alternateBase >= 0 }) else {
            self.keys(record: r, keys: keys, swapped: false, row: -1, ruleIndex: ruleIndex, emit)
            if symmetric { self.keys(record: r, keys: keys, swapped: true, row: -1, ruleIndex: ruleIndex, emit) }
            return
        }
        var seen: [UInt64] = []
        for row in [-1] + Array(rows) {
            for swapped in symmetric ? [false, true] : [false] {
                self.keys(record: r, keys: keys, swapped: swapped, row: row, ruleIndex: ruleIndex) { key in
                    if !seen.contains(key) {
                        seen.append(key)
                        emit(key)
                    }
                }
            }
        }
    }

    /// `row`: -1 reads the record's own address, else that row of its other addresses.
    private func keys(record r: Int, keys: [ResolvedKey], swapped: Bool, row: Int, ruleIndex: Int, _ emit: (UInt64) -> Void) {
        var hasher = KeyHasher(seed: UInt64(ruleIndex + 1))
        let franchise = table.franchise[r]
        hasher.combine(stable.map { Int64(bitPattern: $0.franchise[Int(franchise)]) } ?? Int64(franchise))
        expand(record: r, keys: keys[...], swapped: swapped, row: row, hasher: hasher, emit)
    }

    /// Walks the keys left to right, forking the hash for each value of a set column.
    private func expand(record r: Int, keys: ArraySlice<ResolvedKey>, swapped: Bool, row: Int, hasher: KeyHasher,
                        _ emit: (UInt64) -> Void) {
        guard let key = keys.first else {
            emit(hasher.state)
            return
        }
        let rest = keys.dropFirst()
        if key.read == .set {
            let start = Int(table.setStarts[key.base + r]), end = Int(table.setStarts[key.base + r + 1])
            for x in start..<end {
                let id = table.setValues[x]
                var h = hasher
                h.combine(stable.map { Int64(bitPattern: $0.set[Int(id)]) } ?? Int64(id))
                expand(record: r, keys: rest, swapped: swapped, row: row, hasher: h, emit)
            }
            return
        }
        guard let value = singleValue(record: r, key: key, swapped: swapped, row: row) else { return }
        var h = hasher
        h.combine(value)
        expand(record: r, keys: rest, swapped: swapped, row: row, hasher: h, emit)
    }

    private func singleValue(record r: Int, key: ResolvedKey, swapped: Bool, row: Int) -> Int64? {
        if row >= 0 && key.alternateBase >= 0 {
            let id = key.read == .textWritten ? table.alternateWritten[key.alternateBase + row] : table.alternateKeys[key.alternateBase + row]
            if key.read == .textInitial { return id == 0 ? nil : Int64(table.textPool.firstByte(id)) }
            guard id != 0 else { return nil }
            // Ids of the text and written pools, as the record's own address: stable the same way.
            let pool = key.read == .textWritten ? stable?.written : stable?.text
            return pool.map { Int64(bitPattern: $0[Int(id)]) } ?? Int64(id)
        }
        let at = (swapped ? key.swapBase : key.base) + r
        let v: Int64
        switch key.read {
        case .textKey:
            let id = table.textKeys[at]
            v = id == 0 ? 0 : stable.map { Int64(bitPattern: $0.text[Int(id)]) } ?? Int64(id)
        case .textInitial:
            let id = table.textKeys[at]
            v = id == 0 ? 0 : Int64(table.textPool.firstByte(id))
        case .textWritten:
            let id = table.textWritten[at]
            v = id == 0 ? 0 : stable.map { Int64(bitPattern: $0.written[Int(id)]) } ?? Int64(id)
        case .date: v = Int64(table.dates[at])
        case .set, .absent: return nil
        }
        return v == 0 ? nil : v
    }
}

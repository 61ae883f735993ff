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
    }

    init(table: RecordTable, rules: [BlockingRule], stable: StableValueIDs? = nil) {
        self.table = table
        self.stable = stable
        self.resolved = rules.map { rule in rule.keys.map { Self.resolve(BlockingKey($0), table) } }
    }

    private static func resolve(_ key: BlockingKey, _ table: RecordTable) -> ResolvedKey {
        guard let column = table.columns.firstIndex(where: { $0.name == key.field }) else {
            return ResolvedKey(read: .absent, base: 0, swapBase: 0, isNamePart: false)
        }
        let partner = table.swapPartner(of: column)
        let n = table.count
        switch table.columns[column].kind {
        case .text:
            if key.form == .written, let w = table.writtenIndex[column] {
                let pw = table.writtenIndex[partner] ?? w
                return ResolvedKey(read: .textWritten, base: w * n, swapBase: pw * n, isNamePart: key.isNamePart)
            }
            return ResolvedKey(read: key.form == .initial ? .textInitial : .textKey, base: table.storageIndex[column] * n,
                               swapBase: table.storageIndex[partner] * n, isNamePart: key.isNamePart)
        case .textSet:
            let base = table.storageIndex[column] * (n + 1)
            return ResolvedKey(read: .set, base: base, swapBase: base, isNamePart: false)
        case .date:
            let base = table.storageIndex[column] * n
            return ResolvedKey(read: .date, base: base, swapBase: base, isNamePart: false)
        }
    }

    /// Calls `emit` with each key of `record` under `rule` (rule index `ruleIndex`).
    func forEachKey(record r: Int, rule: BlockingRule, ruleIndex: Int, _ emit: (UInt64) -> Void) {
        let keys = resolved[ruleIndex]
        self.keys(record: r, keys: keys, swapped: false, ruleIndex: ruleIndex, emit)
        if rule.symmetricNames && keys.contains(where: \.isNamePart) {
            self.keys(record: r, keys: keys, swapped: true, ruleIndex: ruleIndex, emit)
        }
    }

    private func keys(record r: Int, keys: [ResolvedKey], swapped: Bool, ruleIndex: Int, _ emit: (UInt64) -> Void) {
        var hasher = KeyHasher(seed: UInt64(ruleIndex + 1))
        let franchise = table.franchise[r]
        hasher.combine(stable.map { Int64(bitPattern: $0.franchise[Int(franchise)]) } ?? Int64(franchise))
        expand(record: r, keys: keys[...], swapped: swapped, hasher: hasher, emit)
    }

    /// Walks the keys left to right, forking the hash for each value of a set column.
    private func expand(record r: Int, keys: ArraySlice<ResolvedKey>, swapped: Bool, hasher: KeyHasher, _ emit: (UInt64) -> Void) {
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
                expand(record: r, keys: rest, swapped: swapped, hasher: h, emit)
            }
            return
        }
        guard let value = singleValue(record: r, key: key, swapped: swapped) else { return }
        var h = hasher
        h.combine(value)
        expand(record: r, keys: rest, swapped: swapped, hasher: h, emit)
    }

    private func singleValue(record r: Int, key: ResolvedKey, swapped: Bool) -> Int64? {
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

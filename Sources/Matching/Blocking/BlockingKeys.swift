/// Builds the blocking keys of one record under one rule.
///
/// A key is the hash of (rule, franchise, part values): the franchise is part of every key, so
/// no block ever holds records of two franchises. A record missing any part gets no key under
/// that rule. Multi-valued parts (phones, emails) give one key per value.
struct BlockingKeys {
    let table: RecordTable

    /// Calls `emit` with each key of `record` under `rule` (rule index `ruleIndex`).
    func forEachKey(record r: Int, rule: BlockingRule, ruleIndex: Int, _ emit: (UInt64) -> Void) {
        keys(record: r, parts: rule.parts, swapped: false, ruleIndex: ruleIndex, emit)
        if rule.symmetricNames && rule.parts.contains(where: \.isNamePart) {
            keys(record: r, parts: rule.parts, swapped: true, ruleIndex: ruleIndex, emit)
        }
    }

    private func keys(record r: Int, parts: [BlockingKeyPart], swapped: Bool, ruleIndex: Int, _ emit: (UInt64) -> Void) {
        var hasher = KeyHasher(seed: UInt64(ruleIndex + 1))
        hasher.combine(Int64(table.franchise[r]))
        expand(record: r, parts: parts[...], swapped: swapped, hasher: hasher, emit)
    }

    /// Walks the parts left to right, forking the hash for each value of a multi-valued part.
    private func expand(record r: Int, parts: ArraySlice<BlockingKeyPart>, swapped: Bool, hasher: KeyHasher, _ emit: (UInt64) -> Void) {
        guard let part = parts.first else {
            emit(hasher.state)
            return
        }
        let rest = parts.dropFirst()
        switch part {
        case .phone:
            for id in table.phones.ids(r) {
                var h = hasher; h.combine(Int64(id)); expand(record: r, parts: rest, swapped: swapped, hasher: h, emit)
            }
        case .email:
            for id in table.emails.ids(r) {
                var h = hasher; h.combine(Int64(id)); expand(record: r, parts: rest, swapped: swapped, hasher: h, emit)
            }
        default:
            guard let value = singleValue(record: r, part: part, swapped: swapped) else { return }
            var h = hasher
            h.combine(value)
            expand(record: r, parts: rest, swapped: swapped, hasher: h, emit)
        }
    }

    private func singleValue(record r: Int, part: BlockingKeyPart, swapped: Bool) -> Int64? {
        let last = swapped ? table.firstRomaji[r] : table.lastRomaji[r]
        let first = swapped ? table.lastRomaji[r] : table.firstRomaji[r]
        let lastExact = swapped ? table.firstExact[r] : table.lastExact[r]
        let firstExact = swapped ? table.lastExact[r] : table.firstExact[r]
        let v: Int64
        switch part {
        case .lastName: v = Int64(last)
        case .firstName: v = Int64(first)
        case .lastNameInitial: v = last == 0 ? 0 : Int64(table.romajiNames.firstByte(last))
        case .firstNameInitial: v = first == 0 ? 0 : Int64(table.romajiNames.firstByte(first))
        case .lastNameExact: v = Int64(lastExact)
        case .firstNameExact: v = Int64(firstExact)
        case .birthday: v = Int64(table.birthday[r])
        case .company: v = Int64(table.company[r])
        case .postalCode: v = Int64(table.postalCode[r])
        case .street: v = Int64(table.street[r])
        case .phone, .email: return nil
        }
        return v == 0 ? nil : v
    }
}

import CRMModel

/// Field survivorship for plain top-level fields (names, readings, company, memo, ...).
extension Resolver {
    /// The plain fields whose resolved value differs from the victor's, in the victor's key order
    /// and then in order of first appearance among the others.
    ///
    /// - Parameter ordered: members in victor-choice order, victor first.
    func resolveFields(_ ordered: [ClusterMember], notes: inout [String]) -> [JSONMember] {
        var changes: [JSONMember] = []
        for field in candidateFields(ordered) {
            guard let policy = rules.policy(for: field), policy != .victor else { continue }
            let values = ordered.map { Resolver.plainValue($0, field) }
            if values.contains(where: { if case .nested = $0 { return true } else { return false } }) {
                if rules.fieldPolicies[field] != nil {
                    notes.append("field \(field) holds nested values, so it is left as the victor's")
                }
                continue
            }
            guard let chosen = choose(policy, values, ordered) else { continue }
            if chosen != ordered[0].customer.json[field] {
                changes.append(JSONMember(key: field, value: chosen))
            }
        }
        return changes
    }

    /// Every top-level key of any member that its policy may change, victor's keys first, each
    /// once.
    ///
    /// With the default policy `victor` (the usual case) only the handful of fields the rules
    /// name can change: each key is compared with those few names instead of being hashed into a
    /// set and looked up three times. A run resolves hundreds of thousands of clusters.
    private func candidateFields(_ ordered: [ClusterMember]) -> [String] {
        guard rules.defaultPolicy == .victor else { return allFields(ordered) }
        let named = Array(rules.fieldPolicies.keys)
        var fields: [String] = []
        for member in ordered {
            for m in member.customer.json where named.contains(m.key) && !fields.contains(m.key) {
                fields.append(m.key)
            }
        }
        return fields
    }

    private func allFields(_ ordered: [ClusterMember]) -> [String] {
        var seen: Set<String> = []
        var fields: [String] = []
        for member in ordered {
            for key in member.customer.json.keys where seen.insert(key).inserted {
                fields.append(key)
            }
        }
        return fields
    }

    /// The surviving value under `policy`, or nil when no member has a non-blank one.
    ///
    /// The policy chooses among the cleanest values only (see ``ValueCleanliness``): a value
    /// with control or zero-width characters, or in full-width Latin, never beats a clean one.
    private func choose(_ policy: FieldPolicy, _ values: [PlainValue], _ ordered: [ClusterMember]) -> JSONValue? {
        let all: [(index: Int, value: JSONValue, text: String, cleanliness: ValueCleanliness)] = values.enumerated().compactMap { i, v in
            if case .present(let value, let text) = v { return (i, value, text, ValueCleanliness(text)) }
            return nil
        }
        guard let cleanest = all.map(\.cleanliness).min() else { return nil }
        let present = all.filter { $0.cleanliness == cleanest }.map { (index: $0.index, value: $0.value, text: $0.text) }
        guard let first = present.first else { return nil }
        switch policy {
        case .victor:
            return nil
        case .victorUnlessBlank:
            return first.value
        case .mostFrequent:
            var counts: [String: Int] = [:]
            for p in present { counts[p.text, default: 0] += 1 }
            // `present` is in victor-choice order, so the first with the top count wins a tie.
            let top = counts.values.max() ?? 0
            return present.first { counts[$0.text] == top }?.value
        case .mostRecent:
            var best = first
            for p in present.dropFirst()
            where Timestamp.preference(ordered[p.index].fields.updatedAt, ordered[best.index].fields.updatedAt,
                                       preferLater: true) < 0 {
                best = p
            }
            return best.value
        case .longest:
            var best = first
            var bestLength = first.text.count
            for p in present.dropFirst() {
                let length = p.text.count
                if length > bestLength { best = p; bestLength = length }
            }
            return best.value
        }
    }

    /// One member's value of a field, classified for survivorship.
    enum PlainValue {
        /// Missing, null, only spaces, or marked blank by the caller.
        case blank
        /// A string, number or boolean with its trimmed text.
        case present(JSONValue, text: String)
        /// An array or object: not a plain field.
        case nested
    }

    static func plainValue(_ member: ClusterMember, _ field: String) -> PlainValue {
        guard let value = member.customer.json[field] else { return .blank }
        switch value {
        case .null:
            return .blank
        case .array, .object:
            return .nested
        case .string, .number, .bool:
            if member.blankFields.contains(field) { return .blank }
            let text = trimmed(value.scalarText ?? "")
            return text.isEmpty ? .blank : .present(value, text: text)
        }
    }

    /// The text without leading and trailing whitespace, the ideographic space included.
    static func trimmed(_ s: String) -> String {
        let scalars = s.unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[start...end])
    }
}

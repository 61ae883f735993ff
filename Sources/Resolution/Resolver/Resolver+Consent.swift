import CRMModel

/// Consent and opt-out flags: a merge never opts a guest back in.
extension Resolver {
    /// For each flag of the rules, its restrictive value when some member holds it and the
    /// victor does not, in the rules' order. The victor's value stays otherwise (see
    /// ``ConsentFlag``).
    func resolveConsent(_ ordered: [ClusterMember], notes: inout [String]) -> [JSONMember] {
        var changes: [JSONMember] = []
        for flag in rules.consentFlags {
            let victorValue = ConsentFlag.reading(ordered[0].customer.json[flag.field])
            guard victorValue != flag.restrictiveValue,
                  let holder = ordered.dropFirst().first(where: {
                      ConsentFlag.reading($0.customer.json[flag.field]) == flag.restrictiveValue
                  }) else { continue }
            changes.append(JSONMember(key: flag.field, value: .bool(flag.restrictiveValue)))
            notes.append("\(flag.field) becomes \(flag.restrictiveValue): victim \(holder.id) holds \(flag.restrictiveValue) and the most restrictive value wins")
        }
        return changes
    }
}

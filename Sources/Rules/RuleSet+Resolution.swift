import Resolution

extension RulesParser {
    /// The `victor:` and `survivorship:` sections.
    static func resolution(victor: YAMLCursor?, survivorship: YAMLCursor?) throws(RulesError) -> ResolutionRules {
        var rules = ResolutionRules()
        if let victor {
            let m = try victor.mapping(allowed: ["order"])
            if let order = m["order"] {
                var criteria: [VictorCriterion] = []
                for item in try order.sequence() { criteria.append(try item.choice(VictorCriterion.self)) }
                guard !criteria.isEmpty else { throw order.error("list at least one criterion") }
                rules.victorOrder = criteria
            }
        }
        if let survivorship {
            let m = try survivorship.mapping(allowed: ["default", "fields", "memo", "tags", "addresses", "events", "phones",
                                                       "emails", "consent"])
            if let d = m["default"] { rules.defaultPolicy = try d.choice(FieldPolicy.self) }
            if let c = m["memo"] { rules.memo = try c.choice(AppendPolicy.self) }
            if let c = m["tags"] { rules.tags = try c.choice(UnionPolicy.self) }
            if let c = m["addresses"] { rules.addresses = try c.choice(UnionPolicy.self) }
            if let c = m["events"] { rules.events = try c.choice(UnionPolicy.self) }
            if let c = m["phones"] { rules.phones = try c.choice(AppendPolicy.self) }
            if let c = m["emails"] { rules.emails = try c.choice(AppendPolicy.self) }
            if let c = m["consent"] { rules.consentFlags = try consent(c) }
            if let fields = m["fields"] {
                guard case .mapping(let mapping) = fields.node else { throw fields.error("expected field: policy lines") }
                var policies: [String: FieldPolicy] = [:]
                for (k, v) in mapping {
                    let key = k.string ?? ""
                    let cursor = YAMLCursor(node: v, path: "\(fields.path).\(key)", source: fields.source)
                    if ResolutionRules.reservedFields.contains(key) {
                        throw cursor.error("\(key) is resolved by tcdedupe itself (phones and emails: `survivorship.phones` / `emails`)")
                    }
                    if rules.isCarried(key) {
                        throw cursor.error("\(key) has a rule of its own (`survivorship.\(rules.consentFlags.contains { $0.field == key } ? "consent" : key)`); set that rule to victor first to resolve it as a plain field")
                    }
                    policies[key] = try cursor.choice(FieldPolicy.self)
                }
                rules.fieldPolicies = policies
            }
        }
        return rules
    }

    /// `consent:` lines `flag: restrictive value` (`allow_marketing: false`, `email_opt_out: true`).
    private static func consent(_ cursor: YAMLCursor) throws(RulesError) -> [ConsentFlag] {
        guard case .mapping(let mapping) = cursor.node else {
            throw cursor.error("expected `flag: value` lines, the value that restricts (allow_marketing: false)")
        }
        var flags: [ConsentFlag] = []
        for (k, v) in mapping {
            let key = k.string ?? ""
            let c = YAMLCursor(node: v, path: "\(cursor.path).\(key)", source: cursor.source)
            guard !key.isEmpty, !ResolutionRules.reservedFields.contains(key),
                  ![ResolutionRules.memoField, ResolutionRules.tagsField, ResolutionRules.addressesField,
                    ResolutionRules.eventsField].contains(key) else {
                throw c.error("\(key.isEmpty ? "an empty name" : key) is not a consent flag")
            }
            guard !flags.contains(where: { $0.field == key }) else { throw c.error("flag appears twice") }
            flags.append(ConsentFlag(field: key, restrictiveValue: try c.bool()))
        }
        return flags
    }
}

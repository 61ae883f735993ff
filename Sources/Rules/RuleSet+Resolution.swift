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
            let m = try survivorship.mapping(allowed: ["default", "fields"])
            if let d = m["default"] { rules.defaultPolicy = try d.choice(FieldPolicy.self) }
            if let fields = m["fields"] {
                guard case .mapping(let mapping) = fields.node else { throw fields.error("expected field: policy lines") }
                var policies: [String: FieldPolicy] = [:]
                for (k, v) in mapping {
                    let key = k.string ?? ""
                    let cursor = YAMLCursor(node: v, path: "\(fields.path).\(key)", source: fields.source)
                    if ResolutionRules.reservedFields.contains(key) {
                        throw cursor.error("\(key) is resolved by tcdedupe itself (phones and emails are always united)")
                    }
                    policies[key] = try cursor.choice(FieldPolicy.self)
                }
                rules.fieldPolicies = policies
            }
        }
        return rules
    }
}

/// Survivorship settings: how the victor is chosen and how each plain field is resolved.
public struct ResolutionRules: Sendable, Hashable {
    /// Victor criteria in order of precedence. ``VictorCriterion/lowestID`` is appended when
    /// missing (see ``effectiveVictorOrder``), so the choice is always total.
    public var victorOrder: [VictorCriterion]
    /// Policy per top-level JSON field name (`first_name`, `last_name_kana`, `memo`, ...).
    /// Names in ``reservedFields`` are ignored: merge ids, phones and emails have their own rules.
    public var fieldPolicies: [String: FieldPolicy]
    /// Policy for every other top-level field holding a plain value (string, number, boolean),
    /// except those in ``protectedFields``. The default, ``FieldPolicy/victor``, sends nothing
    /// for fields the rules do not name.
    public var defaultPolicy: FieldPolicy
    /// Fields the default policy never touches: ids, timestamps and activity figures that the CRM
    /// maintains itself. A field named in ``fieldPolicies`` is resolved even when listed here.
    public var protectedFields: Set<String>

    /// The default order: most reservations, latest visit, oldest created, lowest id.
    public static let defaultVictorOrder: [VictorCriterion] = [
        .mostReservations, .latestVisit, .oldestCreated, .lowestID,
    ]

    /// Names, readings and company keep the victor's value, filled from the others when blank.
    public static let defaultFieldPolicies: [String: FieldPolicy] = [
        "first_name": .victorUnlessBlank,
        "last_name": .victorUnlessBlank,
        "first_name_kana": .victorUnlessBlank,
        "last_name_kana": .victorUnlessBlank,
        "company_name": .victorUnlessBlank,
    ]

    /// Keys the resolver writes itself or that must never be resolved as plain fields.
    /// The rules loader should reject them in `fieldPolicies`.
    public static let reservedFields: Set<String> = [
        "id", "merge_customer_ids", "merged_customer_ids",
        "phones", "phone_objects", "overwrite_phones",
        "emails", "email_objects", "overwrite_emails",
    ]

    /// System-maintained fields left alone by the default policy.
    public static let defaultProtectedFields: Set<String> = [
        "franchise_id", "parent_shop_id", "shop_id", "created_at", "updated_at",
        "reservation_count", "reservations_count", "last_visit_at", "last_visit",
        "first_visit_at", "visit_count", "visits_count", "cancel_count", "no_show_count",
    ]

    public init(
        victorOrder: [VictorCriterion] = ResolutionRules.defaultVictorOrder,
        fieldPolicies: [String: FieldPolicy] = ResolutionRules.defaultFieldPolicies,
        defaultPolicy: FieldPolicy = .victor,
        protectedFields: Set<String> = ResolutionRules.defaultProtectedFields
    ) {
        self.victorOrder = victorOrder
        self.fieldPolicies = fieldPolicies
        self.defaultPolicy = defaultPolicy
        self.protectedFields = protectedFields
    }

    /// ``victorOrder`` without repeats, ending with ``VictorCriterion/lowestID``.
    public var effectiveVictorOrder: [VictorCriterion] {
        var seen: Set<VictorCriterion> = []
        var order = victorOrder.filter { seen.insert($0).inserted }
        if !seen.contains(.lowestID) { order.append(.lowestID) }
        return order
    }

    /// The policy that applies to `field`, or nil when the field is not resolved at all.
    public func policy(for field: String) -> FieldPolicy? {
        if ResolutionRules.reservedFields.contains(field) { return nil }
        if let explicit = fieldPolicies[field] { return explicit }
        if protectedFields.contains(field) { return nil }
        return defaultPolicy
    }
}

/// Survivorship settings: how the victor is chosen, how each plain field is resolved, and what
/// the victims carry over to the victor (memo, tags, addresses, events, consent, phones, emails).
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
    /// The victims' memo text: appended to the victor's under a line naming its source.
    public var memo: AppendPolicy
    /// Tags: the union, compared without case and width.
    public var tags: UnionPolicy
    /// Addresses: the union, compared after normalization; new ones are sent without ids.
    public var addresses: UnionPolicy
    /// Events (birthday, anniversary, ...): the union; a second, different birthday goes to the memo.
    public var events: UnionPolicy
    /// Phones: the victims' valid ones the victor lacks are appended (never `overwrite_phones`).
    public var phones: AppendPolicy
    /// Emails: the victims' ones the victor lacks are appended (never `overwrite_emails`).
    public var emails: AppendPolicy
    /// Consent and opt-out flags: the most restrictive value any member holds wins.
    public var consentFlags: [ConsentFlag]

    /// The top-level JSON fields of the nested and free-text data, as the API names them.
    public static let memoField = "memo"
    public static let tagsField = "tags"
    public static let addressesField = "addresses"
    public static let eventsField = "events"

    /// The consent flags the API page names: `allow_marketing` (false restricts).
    public static let defaultConsentFlags = [ConsentFlag(field: "allow_marketing", restrictiveValue: false)]

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
        protectedFields: Set<String> = ResolutionRules.defaultProtectedFields,
        memo: AppendPolicy = .append, tags: UnionPolicy = .union, addresses: UnionPolicy = .union,
        events: UnionPolicy = .union, phones: AppendPolicy = .append, emails: AppendPolicy = .append,
        consentFlags: [ConsentFlag] = ResolutionRules.defaultConsentFlags
    ) {
        self.victorOrder = victorOrder
        self.fieldPolicies = fieldPolicies
        self.defaultPolicy = defaultPolicy
        self.protectedFields = protectedFields
        self.memo = memo
        self.tags = tags
        self.addresses = addresses
        self.events = events
        self.phones = phones
        self.emails = emails
        self.consentFlags = consentFlags
    }

    /// Fields a carry-over rule of its own resolves (memo, tags, addresses, events, consent
    /// flags): the plain-field policies leave them alone, and the rules file may not name them
    /// under `fields` while their own rule is on.
    public func isCarried(_ field: String) -> Bool {
        switch field {
        case Self.memoField where memo != .victor: return true
        case Self.tagsField where tags != .victor: return true
        case Self.addressesField where addresses != .victor: return true
        case Self.eventsField where events != .victor: return true
        default: return consentFlags.contains { $0.field == field }
        }
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
        if ResolutionRules.reservedFields.contains(field) || isCarried(field) { return nil }
        if let explicit = fieldPolicies[field] { return explicit }
        if protectedFields.contains(field) { return nil }
        return defaultPolicy
    }
}

import CRMModel

/// Summaries of cluster members for reports and the review UI.
extension MemberSummary {
    /// The member's names, phones, emails, memo, tags, addresses, events and consent flags
    /// exactly as stored (not normalized), so a reviewer sees what the CRM holds.
    ///
    /// - Parameter consentFields: the consent flags of the rules, in their order.
    public init(member: ClusterMember, consentFields: [String] = ResolutionRules.defaultConsentFlags.map(\.field)) {
        var consent = JSONObject()
        for field in consentFields {
            if let value = member.customer.json[field] { consent[field] = value }
        }
        self.init(
            customerID: member.id,
            firstName: member.fields.firstName ?? "",
            lastName: member.fields.lastName ?? "",
            phones: member.fields.phones,
            emails: member.fields.emails,
            birthday: member.fields.birthday,
            company: member.fields.companyName,
            memo: Resolver.memoText(member),
            tags: member.tagStrings ?? [],
            addresses: member.addressObjects.map(AddressText.line).filter { !$0.isEmpty },
            events: CustomerEvent.all(of: member).map(\.text),
            consent: consent
        )
    }

    /// The victor summarized as `body` leaves it: plain fields replaced, phones, emails,
    /// addresses and events appended (replaced under an overwrite flag), memo and tags replaced.
    func applying(_ body: JSONObject, consentFields: [String]) -> MemberSummary {
        var after = self
        if let s = body["first_name"]?.scalarText { after.firstName = s }
        if let s = body["last_name"]?.scalarText { after.lastName = s }
        if let s = body["company_name"]?.scalarText { after.company = s }
        func list(_ key: String) -> [String] { (body[key]?.arrayValue ?? []).compactMap(\.scalarText) }
        func lines(_ key: String, _ text: (JSONObject) -> String) -> [String] {
            (body[key]?.arrayValue ?? []).compactMap { $0.objectValue.map(text) }
        }
        after.phones = (body["overwrite_phones"] == .bool(true) ? [] : phones) + list("phones")
        after.emails = (body["overwrite_emails"] == .bool(true) ? [] : emails) + list("emails")
        after.addresses = (body["overwrite_addresses"] == .bool(true) ? [] : addresses)
            + lines(ResolutionRules.addressesField, AddressText.line)
        let newEvents = (body[ResolutionRules.eventsField]?.arrayValue ?? []).compactMap { $0.objectValue.map(CustomerEvent.init) }
        after.events = (body["overwrite_events"] == .bool(true) ? [] : events) + newEvents.map(\.text)
        if after.birthday == nil, let b = newEvents.first(where: \.isBirthday) { after.birthday = b.date }
        if let memo = body[ResolutionRules.memoField]?.scalarText { after.memo = memo }
        if body[ResolutionRules.tagsField] != nil { after.tags = list(ResolutionRules.tagsField) }
        for field in consentFields { if let value = body[field] { after.consent[field] = value } }
        return after
    }
}

import CRMModel

extension MemberSummary {
    /// Writes what ``jsonValue()`` builds, straight into `w`, keys in the same order: a run
    /// writes one per cluster member (890,000 at 1.65M customers), and building the tree first
    /// cost an object, its member array and a boxed value per field.
    func write(into w: inout JSONTextWriter) {
        w.beginObject()
        w.key("customer_id"); w.string(customerID)
        w.key("first_name"); w.string(firstName)
        w.key("last_name"); w.string(lastName)
        w.key("phones"); w.strings(phones)
        w.key("emails"); w.strings(emails)
        if let birthday { w.key("birthday"); w.string(birthday) }
        if let company { w.key("company"); w.string(company) }
        if let memo { w.key("memo"); w.string(memo) }
        if !tags.isEmpty { w.key("tags"); w.strings(tags) }
        if !addresses.isEmpty { w.key("addresses"); w.strings(addresses) }
        if !events.isEmpty { w.key("events"); w.strings(events) }
        if !consent.isEmpty { w.key("consent"); w.value(.object(consent)) }
        w.endObject()
    }
}

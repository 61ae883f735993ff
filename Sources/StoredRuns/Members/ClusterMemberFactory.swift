import CRMModel
import Normalization
import Resolution

/// Turns a customer into the resolver's view of it: phones and emails in the form that may be
/// written back, placeholder names marked blank, addresses and tags with the normalizers' keys
/// (so a victim's `〒150-0001 神宮前１−２−３` is the victor's `1500001 神宮前1-2-3`, and `ＶＩＰ` is `vip`).
///
/// One place for both a run (which has every record normalized already) and `apply` (which
/// re-resolves a cluster from the records it has just fetched), so the two build the same PUT.
public struct ClusterMemberFactory: Sendable {
    let emails: EmailNormalizer
    let addresses = AddressNormalizer()
    let text = TextNormalizer()

    public init(emails: EmailNormalizer) {
        self.emails = emails
    }

    public func member(_ customer: Customer, fields: CustomerFields, normalized: NormalizedCustomer) -> ClusterMember {
        var blank: Set<String> = []
        if normalized.isPlaceholderName { blank = ["first_name", "last_name", "first_name_kana", "last_name_kana"] }
        let writeForms = fields.emails.filter { !emails.isPlaceholder($0) }.compactMap { emails.writeForm($0) }
        var member = ClusterMember(customer: customer, fields: fields, phonesE164: normalized.phones,
                                   invalidPhones: normalized.invalidPhones, emailsWriteForm: writeForms, blankFields: blank)
        let objects = member.addressObjects
        if !objects.isEmpty { member.addressKeys = objects.map(addressKey) }
        if let tags = member.tagStrings, !tags.isEmpty {
            member.tagKeys = tags.map { UnicodeFolding.nfkcCasefold($0).split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        }
        return member
    }

    /// The address normalizer's folds of the address's postal code, city and street line.
    func addressKey(_ address: JSONObject) -> AddressKey {
        let parts = AddressKey.parts(of: address)
        return AddressKey(postalCode: addresses.postalCode(parts.postalCode), city: text.fold(parts.city),
                          street: addresses.street(parts.street))
    }
}

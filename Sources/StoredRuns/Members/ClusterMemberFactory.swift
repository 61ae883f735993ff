import CRMModel
import Normalization
import Resolution

/// Turns a customer into the resolver's view of it: phones and emails in the form that may be
/// written back, placeholder names marked blank.
///
/// One place for both a run (which has every record normalized already) and `apply` (which
/// re-resolves a cluster from the records it has just fetched), so the two build the same PUT.
public struct ClusterMemberFactory: Sendable {
    let emails: EmailNormalizer

    public init(emails: EmailNormalizer) {
        self.emails = emails
    }

    public func member(_ customer: Customer, fields: CustomerFields, normalized: NormalizedCustomer) -> ClusterMember {
        var blank: Set<String> = []
        if normalized.isPlaceholderName { blank = ["first_name", "last_name", "first_name_kana", "last_name_kana"] }
        let writeForms = fields.emails.filter { !emails.isPlaceholder($0) }.compactMap { emails.writeForm($0) }
        return ClusterMember(customer: customer, fields: fields, phonesE164: normalized.phones,
                             invalidPhones: normalized.invalidPhones, emailsWriteForm: writeForms, blankFields: blank)
    }
}

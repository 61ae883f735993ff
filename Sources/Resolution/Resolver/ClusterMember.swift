import CRMModel

/// One customer of a cluster, as the resolver needs it.
///
/// Resolution does not normalize anything: the caller passes the phones and emails already in the
/// form that may be written back, so this module needs no normalization tables.
public struct ClusterMember: Sendable, Hashable {
    /// The record as exported; plain fields are read from its top-level JSON.
    public var customer: Customer
    /// The mapped fields (activity figures and timestamps for the victor choice; stored phones
    /// and emails, compared with the united lists to decide whether to overwrite).
    public var fields: CustomerFields
    /// Valid phones in E.164 (`+819012345678`), in the record's order.
    public var phonesE164: [String]
    /// Stored phones that are not valid numbers. The API rejects them on write, so they cannot be
    /// carried over; the resolver notes every one that a merge would lose.
    public var invalidPhones: [String]
    /// Every real email of the member in the form to write (trimmed, lower-cased), placeholders
    /// such as `noemail@example.com` left out by the caller.
    public var emailsWriteForm: [String]
    /// Top-level JSON fields whose values the caller judged to carry no information (a placeholder
    /// name such as `ゲスト` or `Walk-in`): survivorship treats them as blank.
    public var blankFields: Set<String>

    public init(customer: Customer, fields: CustomerFields, phonesE164: [String] = [],
                invalidPhones: [String] = [], emailsWriteForm: [String] = [],
                blankFields: Set<String> = []) {
        self.customer = customer
        self.fields = fields
        self.phonesE164 = phonesE164
        self.invalidPhones = invalidPhones
        self.emailsWriteForm = emailsWriteForm
        self.blankFields = blankFields
    }

    /// The customer's id.
    public var id: String { customer.id }
}

import CRMModel

/// The properties of a ``ClusterMember``, boxed so that copying a member costs one retain.
///
/// Never shared while mutable: ``ClusterMember`` copies the box before it changes a shared one
/// (copy on write), which is also what makes the unchecked `Sendable` sound.
final class ClusterMemberStorage: @unchecked Sendable {
    var customer: Customer
    var fields: CustomerFields
    var phonesE164: [String]
    var invalidPhones: [String]
    var emailsWriteForm: [String]
    var blankFields: Set<String>
    var addressKeys: [AddressKey]?
    var tagKeys: [String]?

    init(customer: Customer, fields: CustomerFields, phonesE164: [String], invalidPhones: [String],
         emailsWriteForm: [String], blankFields: Set<String>, addressKeys: [AddressKey]?, tagKeys: [String]?) {
        self.customer = customer
        self.fields = fields
        self.phonesE164 = phonesE164
        self.invalidPhones = invalidPhones
        self.emailsWriteForm = emailsWriteForm
        self.blankFields = blankFields
        self.addressKeys = addressKeys
        self.tagKeys = tagKeys
    }

    func copy() -> ClusterMemberStorage {
        ClusterMemberStorage(customer: customer, fields: fields, phonesE164: phonesE164, invalidPhones: invalidPhones,
                             emailsWriteForm: emailsWriteForm, blankFields: blankFields, addressKeys: addressKeys,
                             tagKeys: tagKeys)
    }

    /// Member-wise equality, as the synthesized `==` of the unboxed struct compared.
    func isEqual(to other: ClusterMemberStorage) -> Bool {
        customer == other.customer && fields == other.fields && phonesE164 == other.phonesE164
            && invalidPhones == other.invalidPhones && emailsWriteForm == other.emailsWriteForm
            && blankFields == other.blankFields && addressKeys == other.addressKeys && tagKeys == other.tagKeys
    }

    /// Member-wise hashing, in declaration order as the synthesized `hash(into:)` did.
    func hash(into hasher: inout Hasher) {
        hasher.combine(customer)
        hasher.combine(fields)
        hasher.combine(phonesE164)
        hasher.combine(invalidPhones)
        hasher.combine(emailsWriteForm)
        hasher.combine(blankFields)
        hasher.combine(addressKeys)
        hasher.combine(tagKeys)
    }
}

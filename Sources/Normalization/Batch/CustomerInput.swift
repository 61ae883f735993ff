/// One customer's raw fields, as read from the export: the input of ``CustomerNormalizer``.
///
/// Plain strings, so that normalization does not depend on the CRM model; the caller maps its
/// own record type onto this.
public struct CustomerInput: Sendable, Hashable {
    public var franchise: String?
    public var lastName: String?
    public var firstName: String?
    /// Reading (furigana) of the last name, usually katakana.
    public var lastNameReading: String?
    public var firstNameReading: String?
    public var phones: [String]
    public var emails: [String]
    public var birthday: String?
    public var company: String?
    public var postalCode: String?
    public var street: String?
    /// The customer's country (ISO 3166 alpha-2, usually the address's `country`): national phone
    /// numbers are read in it before the franchise's or the default country.
    public var country: String?
    /// Other text fields, by field name (see ``NormalizedCustomer/texts``).
    public var texts: [String: String]
    /// The customer's other addresses (beyond `postalCode`, `street` and the address texts
    /// above), compared as well: matching keeps the best agreement over every pair of addresses.
    public var otherAddresses: [AddressInput]

    public init(
        franchise: String? = nil, lastName: String? = nil, firstName: String? = nil,
        lastNameReading: String? = nil, firstNameReading: String? = nil,
        phones: [String] = [], emails: [String] = [], birthday: String? = nil, company: String? = nil,
        postalCode: String? = nil, street: String? = nil, country: String? = nil, texts: [String: String] = [:],
        otherAddresses: [AddressInput] = []
    ) {
        self.franchise = franchise
        self.lastName = lastName
        self.firstName = firstName
        self.lastNameReading = lastNameReading
        self.firstNameReading = firstNameReading
        self.phones = phones
        self.emails = emails
        self.birthday = birthday
        self.company = company
        self.postalCode = postalCode
        self.street = street
        self.country = country
        self.texts = texts
        self.otherAddresses = otherAddresses
    }
}

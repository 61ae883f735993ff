/// The fields of one customer that matching and resolution read, as raw text, taken out of the
/// JSON through a ``FieldMapping``. Nothing here is normalized yet.
public struct CustomerFields: Sendable, Hashable {
    public var id: String
    public var franchiseID: String?
    public var firstName: String?
    public var lastName: String?
    /// Reading of the first name (furigana, usually katakana) where the export carries one.
    public var firstNameReading: String?
    /// Reading of the last name.
    public var lastNameReading: String?
    public var companyName: String?
    public var phones: [String]
    public var emails: [String]
    /// Birthday as written (`1984-03-05`, `1984/3/5`, ...).
    public var birthday: String?
    public var reservationCount: Int?
    /// Last visit as an ISO 8601 date or timestamp, compared as text.
    public var lastVisit: String?
    public var createdAt: String?
    public var updatedAt: String?
    /// Postal code of the customer's (first) address, as written.
    public var postalCode: String?
    /// Street line of that address, as written.
    public var street: String?
    /// Country of that address (ISO 3166 alpha-2 as the API writes it), as written: the country
    /// national phone numbers are read in.
    public var country: String?
    /// The mapping's further text fields (``FieldMapping/textFields``), by name, as written.
    public var texts: [String: String]
    /// The customer's other addresses (entries of `addresses` that differ from the one above),
    /// in the export's order.
    public var otherAddresses: [AddressFields]

    public init(
        id: String, franchiseID: String? = nil, firstName: String? = nil, lastName: String? = nil,
        firstNameReading: String? = nil, lastNameReading: String? = nil, companyName: String? = nil,
        phones: [String] = [], emails: [String] = [], birthday: String? = nil,
        reservationCount: Int? = nil, lastVisit: String? = nil, createdAt: String? = nil,
        updatedAt: String? = nil, postalCode: String? = nil, street: String? = nil, country: String? = nil,
        texts: [String: String] = [:], otherAddresses: [AddressFields] = []
    ) {
        self.id = id
        self.franchiseID = franchiseID
        self.firstName = firstName
        self.lastName = lastName
        self.firstNameReading = firstNameReading
        self.lastNameReading = lastNameReading
        self.companyName = companyName
        self.phones = phones
        self.emails = emails
        self.birthday = birthday
        self.reservationCount = reservationCount
        self.lastVisit = lastVisit
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.postalCode = postalCode
        self.street = street
        self.country = country
        self.texts = texts
        self.otherAddresses = otherAddresses
    }
}

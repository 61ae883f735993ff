/// Which JSON fields feed which engine field. Exports differ, so this comes from the rules file.
///
/// Each entry is an ordered list of dotted paths; the first one present and non-empty wins.
/// A list entry of phones/emails may be an array of strings, or an array of objects from which
/// `number` / `email` is read (the API's `phone_objects` / `email_objects`).
public struct FieldMapping: Sendable, Hashable {
    public var franchiseID: [String] = ["franchise_id"]
    public var firstName: [String] = ["first_name"]
    public var lastName: [String] = ["last_name"]
    public var firstNameReading: [String] = ["first_name_kana", "first_name_reading"]
    public var lastNameReading: [String] = ["last_name_kana", "last_name_reading"]
    public var companyName: [String] = ["company_name"]
    public var phones: [String] = ["phones", "phone_objects"]
    public var emails: [String] = ["emails", "email_objects"]
    public var birthday: [String] = ["birthday", "birth_date"]
    public var reservationCount: [String] = ["reservation_count", "reservations_count"]
    public var lastVisit: [String] = ["last_visit_at", "last_visit"]
    public var createdAt: [String] = ["created_at"]
    public var updatedAt: [String] = ["updated_at"]
    /// Top-level paths first; when none holds a value, the first address in `addresses` is read
    /// (`postal_code`, `zip_code`, `zip` or `postcode`; `street`, `street1`, `address1`, `line1`
    /// or `address_line1`, then the second line).
    public var postalCode: [String] = ["postal_code", "zip_code", "zip", "postcode"]
    public var street: [String] = ["street", "street1", "address1", "line1", "address_line1"]
    /// Second address lines (a building, a locality): joined after the street, `, ` apart, so
    /// that an export that splits the address in two lines and one that joins them compare alike.
    public var street2: [String] = ["street2", "address2", "line2", "address_line2"]
    /// The customer's country (top level, else the first address's `country` / `country_code`):
    /// the country its national phone numbers are read in.
    public var country: [String] = ["country"]
    /// Further text fields by name (a city), each read like the fields above from its paths; a
    /// path `first_address.KEY` reads KEY of the first address. Comparisons and blocking keys of
    /// the rules file use these names as they use the built-in fields.
    /// The default maps `city` (top level, or the first address's city / suburb / locality / town).
    public var textFields: [String: [String]] = [
        "city": ["city", "first_address.city", "first_address.suburb", "first_address.locality", "first_address.town"],
    ]

    /// The path prefix that reads a key of the customer's first address.
    public static let firstAddressPrefix = "first_address."

    public init() {}

    /// Takes this mapping's fields out of one customer. To read many records, make one
    /// ``FieldReader`` and ask it: it prepares the mapping's paths once.
    public func fields(of customer: Customer) -> CustomerFields {
        FieldReader(self).fields(of: customer)
    }

    static let addressPostalKeys = ["postal_code", "zip_code", "zip", "postcode"]
    static let addressStreetKeys = ["street", "street1", "address1", "line1", "address_line1"]
    static let addressCountryKeys = ["country", "country_code"]
    static let addressStreet2Keys = ["street2", "address2", "line2", "address_line2"]

    /// A value of the first address in `addresses` (the record's `addresses` value) that is not
    /// marked `_destroy`.
    static func fromFirstAddress(_ addresses: JSONValue?, _ keys: [String]) -> String? {
        guard case .array(let addresses)? = addresses else { return nil }
        for case .object(let a) in addresses where a["_destroy"] != .bool(true) {
            for key in keys {
                if let s = a[key]?.scalarText, !s.isBlank { return s }
            }
            return nil
        }
        return nil
    }

    /// The API keeps birthdays among `events` (`{"event_type": "birthday", "date": ...}`); `events`
    /// is the record's `events` value.
    static func birthdayFromEvents(_ events: JSONValue?) -> String? {
        guard case .array(let events)? = events else { return nil }
        for case .object(let e) in events {
            let kind = e["event_type"]?.stringValue ?? e["type"]?.stringValue ?? e["name"]?.stringValue
            if kind?.lowercased() == "birthday", let d = e["date"]?.scalarText ?? e["value"]?.scalarText {
                return d
            }
        }
        return nil
    }
}

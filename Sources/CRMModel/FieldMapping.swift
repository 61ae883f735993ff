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

    /// Takes this mapping's fields out of one customer.
    public func fields(of customer: Customer) -> CustomerFields {
        let json = customer.json
        var fields = CustomerFields(
            id: customer.id,
            franchiseID: text(json, franchiseID),
            firstName: text(json, firstName),
            lastName: text(json, lastName),
            firstNameReading: text(json, firstNameReading),
            lastNameReading: text(json, lastNameReading),
            companyName: text(json, companyName),
            phones: list(json, phones, objectKey: "number"),
            emails: list(json, emails, objectKey: "email"),
            birthday: text(json, birthday) ?? birthdayFromEvents(json),
            reservationCount: integer(json, reservationCount),
            lastVisit: text(json, lastVisit),
            createdAt: text(json, createdAt),
            updatedAt: text(json, updatedAt),
            postalCode: text(json, postalCode) ?? fromFirstAddress(json, Self.addressPostalKeys),
            street: streetLines(json),
            country: text(json, country) ?? fromFirstAddress(json, Self.addressCountryKeys),
            texts: textFields.reduce(into: [:]) { texts, field in
                if let value = textOrAddress(json, field.value) { texts[field.key] = value }
            }
        )
        fields.otherAddresses = otherAddresses(json, besides: fields)
        return fields
    }

    private func paths(_ json: JSONObject, _ candidates: [String]) -> [JSONValue] {
        candidates.compactMap { json.value(atPath: $0) }
    }

    private func integer(_ json: JSONObject, _ candidates: [String]) -> Int? {
        for path in candidates {
            if let n = json.value(atPath: path)?.intValue { return n }
        }
        return nil
    }

    private func text(_ json: JSONObject, _ candidates: [String]) -> String? {
        for path in candidates {
            if let s = json.value(atPath: path)?.scalarText, !s.isBlank { return s }
        }
        return nil
    }

    /// The first of `candidates` that holds a value, top-level paths and `first_address.KEY` alike.
    private func textOrAddress(_ json: JSONObject, _ candidates: [String]) -> String? {
        for path in candidates {
            let value = path.hasPrefix(Self.firstAddressPrefix)
                ? fromFirstAddress(json, [String(path.dropFirst(Self.firstAddressPrefix.count))])
                : text(json, [path])
            if let value { return value }
        }
        return nil
    }

    /// Strings of the first candidate that yields any; objects give their `objectKey`.
    private func list(_ json: JSONObject, _ candidates: [String], objectKey: String) -> [String] {
        for value in paths(json, candidates) {
            var out: [String] = []
            switch value {
            case .array(let items):
                for item in items {
                    if let s = item.scalarText { out.append(s) }
                    else if case .object(let o) = item, let s = o[objectKey]?.scalarText, o["_destroy"] != .bool(true) {
                        out.append(s)
                    }
                }
            case .string(let s):
                out.append(s)
            default:
                break
            }
            out.removeAll { $0.isBlank }
            if !out.isEmpty { return out }
        }
        return []
    }

    static let addressPostalKeys = ["postal_code", "zip_code", "zip", "postcode"]
    static let addressStreetKeys = ["street", "street1", "address1", "line1", "address_line1"]
    static let addressCountryKeys = ["country", "country_code"]
    static let addressStreet2Keys = ["street2", "address2", "line2", "address_line2"]

    /// The street and its second line, joined: top level when the customer has a street there,
    /// else from the first address.
    private func streetLines(_ json: JSONObject) -> String? {
        let top = [text(json, street), text(json, street2)].compactMap { $0 }
        if !top.isEmpty { return top.joined(separator: ", ") }
        let lines = [fromFirstAddress(json, Self.addressStreetKeys), fromFirstAddress(json, Self.addressStreet2Keys)]
            .compactMap { $0 }
        return lines.isEmpty ? nil : lines.joined(separator: ", ")
    }

    /// A value of the first address in `addresses` that is not marked `_destroy`.
    private func fromFirstAddress(_ json: JSONObject, _ keys: [String]) -> String? {
        guard case .array(let addresses)? = json["addresses"] else { return nil }
        for case .object(let a) in addresses where a["_destroy"] != .bool(true) {
            for key in keys {
                if let s = a[key]?.scalarText, !s.isBlank { return s }
            }
            return nil
        }
        return nil
    }

    /// The API keeps birthdays among `events` (`{"event_type": "birthday", "date": ...}`).
    private func birthdayFromEvents(_ json: JSONObject) -> String? {
        guard case .array(let events)? = json["events"] else { return nil }
        for case .object(let e) in events {
            let kind = e["event_type"]?.stringValue ?? e["type"]?.stringValue ?? e["name"]?.stringValue
            if kind?.lowercased() == "birthday", let d = e["date"]?.scalarText ?? e["value"]?.scalarText {
                return d
            }
        }
        return nil
    }
}

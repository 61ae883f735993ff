import CRMModel

/// One address of a customer reduced to what tells addresses apart: postal code, city and
/// street line, each folded by the caller's normalizer (width, case, spaces and punctuation gone).
///
/// Two addresses are the same place when their street lines agree and their postal codes and
/// cities do not contradict each other (equal, or one of them missing): a victim's
/// `{postal_code, street}` is the victor's `{postal_code, region, city, street}`, typed with less.
public struct AddressKey: Sendable, Hashable {
    public var postalCode: String
    public var city: String
    public var street: String

    public init(postalCode: String, city: String, street: String) {
        self.postalCode = postalCode
        self.city = city
        self.street = street
    }

    /// Nothing to compare: the address holds no postal code, city or street.
    public var isBlank: Bool { postalCode.isEmpty && city.isEmpty && street.isEmpty }

    /// True when both keys name the same place (see the type's description).
    public func sameAddress(as other: AddressKey) -> Bool {
        guard !isBlank, !other.isBlank else { return false }
        func compatible(_ a: String, _ b: String) -> Bool { a.isEmpty || b.isEmpty || a == b }
        guard street == other.street, compatible(postalCode, other.postalCode), compatible(city, other.city) else {
            return false
        }
        // Without street lines, the postal code or the city must actually agree.
        return !street.isEmpty || (!postalCode.isEmpty && postalCode == other.postalCode)
            || (!city.isEmpty && city == other.city)
    }

    /// Keys an address object uses for its parts (the first present one counts; street lines
    /// such as `street2` are added to the street).
    public static let postalKeys = ["postal_code", "zip_code", "zip", "postcode"]
    public static let cityKeys = ["city", "locality", "town"]
    public static let streetKeys = ["street", "street1", "address1", "line1", "address"]
    public static let extraStreetKeys = ["street2", "address2", "line2"]

    /// The raw parts of an address object: postal code, city, street (street lines joined).
    public static func parts(of address: JSONObject) -> (postalCode: String, city: String, street: String) {
        func first(_ keys: [String]) -> String {
            for key in keys { if let s = address[key]?.scalarText, !s.isBlank { return s } }
            return ""
        }
        var street = first(streetKeys)
        for key in extraStreetKeys { if let s = address[key]?.scalarText, !s.isBlank { street += " " + s } }
        return (first(postalKeys), first(cityKeys), street)
    }

    /// A key with a plain fold (ASCII and full-width letters lower-cased, everything but letters
    /// and digits dropped), for callers without a normalizer (tests, tools).
    public init(plain address: JSONObject) {
        let p = Self.parts(of: address)
        self.init(postalCode: PlainFold.key(p.postalCode), city: PlainFold.key(p.city), street: PlainFold.key(p.street))
    }
}

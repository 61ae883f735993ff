/// One further address of a customer, folded like the record's own address fields
/// (``NormalizedCustomer/postalCode``, ``NormalizedCustomer/street``, its address texts): what
/// matching compares against every address of the other record.
public struct NormalizedAddress: Sendable, Hashable {
    public var postalCode: String
    public var street: String
    public var streetWords: String
    /// Address text fields (a city), folded, by field name; a field without a value is absent.
    public var texts: [String: String]

    public init(postalCode: String = "", street: String = "", streetWords: String = "", texts: [String: String] = [:]) {
        self.postalCode = postalCode
        self.street = street
        self.streetWords = streetWords.isEmpty ? street : streetWords
        self.texts = texts
    }

    public var isEmpty: Bool { postalCode.isEmpty && street.isEmpty && texts.isEmpty }
}

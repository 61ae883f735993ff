/// One further address of a customer, as written: an entry of `addresses` beyond the one the
/// top-level fields (or the first address) already give. A guest who books from home and from
/// the office has two; matching compares every address of one record with every address of the
/// other and keeps the best agreement, so a duplicate typed with the office address still meets
/// the record that lists both.
public struct AddressFields: Sendable, Hashable {
    public var postalCode: String?
    /// The street line and its second line, joined `, ` apart (as ``CustomerFields/street``).
    public var street: String?
    /// The mapping's text fields read from this address (a city), by name: only the fields whose
    /// paths reach into an address (`first_address.KEY`).
    public var texts: [String: String]

    public init(postalCode: String? = nil, street: String? = nil, texts: [String: String] = [:]) {
        self.postalCode = postalCode
        self.street = street
        self.texts = texts
    }

    public var isEmpty: Bool { postalCode == nil && street == nil && texts.isEmpty }
}

/// One further address of a customer, as written (see ``CustomerInput/otherAddresses``).
public struct AddressInput: Sendable, Hashable {
    public var postalCode: String?
    public var street: String?
    /// Address text fields (a city) by field name.
    public var texts: [String: String]

    public init(postalCode: String? = nil, street: String? = nil, texts: [String: String] = [:]) {
        self.postalCode = postalCode
        self.street = street
        self.texts = texts
    }
}

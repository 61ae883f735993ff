import JSON

extension FieldMapping {
    /// Every entry of `addresses` (not marked `_destroy`) other than the address `primary`
    /// already holds (the top-level fields, or the first entry), read with the same keys as the
    /// first address; entries that repeat another are left out, and so are empty ones.
    /// `addresses` is the record's `addresses` value; `addressFields` the text fields read from
    /// an address, with the address keys each reads (``FieldReader`` prepares them once).
    static func otherAddresses(_ addresses: JSONValue?, besides primary: CustomerFields,
                               addressFields: [String: [String]]) -> [AddressFields] {
        guard case .array(let entries)? = addresses else { return [] }
        let first = AddressFields(postalCode: primary.postalCode, street: primary.street,
                                  texts: primary.texts.filter { addressFields[$0.key] != nil })
        var out: [AddressFields] = []
        for case .object(let a) in entries where a["_destroy"] != .bool(true) {
            let lines = [Self.value(a, Self.addressStreetKeys), Self.value(a, Self.addressStreet2Keys)].compactMap { $0 }
            var address = AddressFields(postalCode: Self.value(a, Self.addressPostalKeys),
                                        street: lines.isEmpty ? nil : lines.joined(separator: ", "))
            for (field, keys) in addressFields {
                if let v = Self.value(a, keys) { address.texts[field] = v }
            }
            if address.isEmpty || address == first || out.contains(address) { continue }
            out.append(address)
        }
        return out
    }

    /// The first of `keys` holding a non-blank value in address `a`.
    private static func value(_ a: JSONObject, _ keys: [String]) -> String? {
        for key in keys {
            if let s = a[key]?.scalarText, !s.isBlank { return s }
        }
        return nil
    }
}

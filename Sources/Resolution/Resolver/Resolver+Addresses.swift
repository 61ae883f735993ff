import CRMModel

/// Addresses: the union, compared after normalization.
extension Resolver {
    /// Keys of a nested object that the server owns and a new object must not carry.
    static let serverOwnedNestedKeys: Set<String> = ["id", "_destroy", "created_at", "updated_at"]

    /// Each victim address that is no place the victor (or an earlier victim) already has, as a
    /// new object without its id, in victor-choice order. The victor's own addresses are never
    /// sent: without `overwrite_addresses` the API appends, so they stay untouched.
    func resolveAddresses(_ ordered: [ClusterMember], notes: inout [String]) -> [JSONObject] {
        var kept = ordered[0].keyedAddresses().map(\.key)
        var added: [JSONObject] = []
        for member in ordered.dropFirst() {
            for address in member.keyedAddresses() where !address.key.isBlank {
                guard !kept.contains(where: { $0.sameAddress(as: address.key) }) else { continue }
                kept.append(address.key)
                if rules.addresses == .union {
                    added.append(Resolver.newNestedObject(address.object))
                } else {
                    notes.append("address \(AddressText.line(address.object)) of victim \(member.id) is not carried over (survivorship addresses: victor)")
                }
            }
        }
        return added
    }

    /// A copy of a victim's nested object to add to the victor: its fields without the ids and
    /// timestamps the server gives each object.
    static func newNestedObject(_ object: JSONObject) -> JSONObject {
        var copy = JSONObject()
        for member in object where !serverOwnedNestedKeys.contains(member.key) { copy[member.key] = member.value }
        return copy
    }
}

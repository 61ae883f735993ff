import CRMModel

/// One line of text for an address object, for people (notes, reports): its values in the
/// object's own order, ids and timestamps left out.
public enum AddressText {
    public static func line(_ address: JSONObject) -> String {
        var parts: [String] = []
        for member in address where !Resolver.serverOwnedNestedKeys.contains(member.key) {
            if let text = member.value.scalarText, !text.isBlank { parts.append(Resolver.trimmed(text)) }
        }
        return parts.joined(separator: " ")
    }
}

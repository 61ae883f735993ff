/// The normalized field a comparison reads.
public enum ComparisonField: String, Sendable, Hashable, CaseIterable {
    case lastName = "last_name"
    case firstName = "first_name"
    case phone
    case email
    case birthday
    case company
    /// Postal code of the first address.
    case postalCode = "postal_code"
    /// Street line of the first address.
    case street

    /// Name parts are compared in both orientations when names may be swapped.
    var isNamePart: Bool { self == .lastName || self == .firstName }
}

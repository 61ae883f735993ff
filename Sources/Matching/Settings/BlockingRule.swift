/// A part of a blocking key.
public enum BlockingKeyPart: String, Sendable, Hashable, CaseIterable {
    /// One key per valid phone (E.164).
    case phone
    /// One key per email comparison key.
    case email
    /// Romaji / Latin key of the family name.
    case lastName = "last_name"
    /// Romaji / Latin key of the given name.
    case firstName = "first_name"
    /// First letter of the family name's romaji key.
    case lastNameInitial = "last_name_initial"
    /// First letter of the given name's romaji key.
    case firstNameInitial = "first_name_initial"
    /// The family name as written (kanji stays kanji).
    case lastNameExact = "last_name_exact"
    /// The given name as written.
    case firstNameExact = "first_name_exact"
    case birthday
    case company
    /// Postal code of the first address (letters and digits).
    case postalCode = "postal_code"
    /// Street line of the first address (letters and digits, no spaces).
    case street

    var isNamePart: Bool {
        switch self {
        case .lastName, .firstName, .lastNameInitial, .firstNameInitial, .lastNameExact, .firstNameExact: return true
        default: return false
        }
    }
}

/// A blocking rule: records that agree on every part of the key (and on the franchise) become
/// candidate pairs.
///
/// A block larger than `maximumBlockSize` is not expanded pair by pair: a phone shared by 500
/// bookings of a hotel concierge would make 125,000 pairs that say nothing. Its records can still
/// meet through the other rules.
public struct BlockingRule: Sendable, Hashable {
    public var name: String
    public var parts: [BlockingKeyPart]
    /// Also emit the key with family and given name swapped, so that swapped records meet.
    /// Always false for a rule without name parts.
    public var symmetricNames: Bool
    public var maximumBlockSize: Int

    public init(name: String, parts: [BlockingKeyPart], symmetricNames: Bool = true, maximumBlockSize: Int = 1_000) {
        self.name = name
        self.parts = parts
        self.symmetricNames = symmetricNames && parts.contains(where: \.isNamePart)
        self.maximumBlockSize = maximumBlockSize
    }
}

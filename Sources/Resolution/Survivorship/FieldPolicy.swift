/// How the surviving value of one plain field is chosen among a cluster's members.
///
/// Every policy picks a non-blank value or keeps the victor's: survivorship never blanks a field.
/// Where members tie, the one earlier in victor-choice order wins, so results are deterministic.
public enum FieldPolicy: String, Sendable, Hashable, CaseIterable {
    /// The victor's value; when the victor's is blank, the first non-blank one in victor-choice order.
    case victorUnlessBlank = "victor_unless_blank"
    /// The value most members carry (compared after trimming spaces); ties go to victor-choice order.
    case mostFrequent = "most_frequent"
    /// The value of the member with the latest `updated_at` that has one.
    case mostRecent = "most_recent"
    /// The longest value in characters; ties go to victor-choice order.
    case longest = "longest"
    /// Always the victor's value, even when blank: the field is never sent.
    case victor = "victor"
}

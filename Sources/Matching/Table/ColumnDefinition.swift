/// One comparison field as a column of the ``RecordTable``: its name (what comparisons and
/// blocking keys say), its kind, and the few properties some fields have.
///
/// The built-in fields are listed in ``builtIn``; any other field a rules file names is a text
/// column read from ``NormalizedCustomer/texts`` under the same name.
public struct ColumnDefinition: Sendable, Hashable {
    public let name: String
    public let kind: ColumnKind
    /// Columns of one pool group intern their values into one pool: family and given names do,
    /// so that a family name typed as the given name still compares by id (swapped names) and a
    /// name counts once in the frequency table whichever part carries it.
    let poolGroup: String
    /// The values have a second form, as written (names: `田中` beside the romaji key `tanaka`;
    /// streets: their words, `7 wallaby place` beside the key `7wallabyplace`); an exact level
    /// holds when either form is equal, and `token_similarity` reads this form.
    let hasWrittenForm: Bool
    /// Values have nickname groups (Jim ~ James), for the `nickname` level.
    let hasNicknames: Bool
    /// Values shared by records with different given names are marked as household values
    /// (see ``HouseholdValues``): they never count as evidence of the person.
    let marksHouseholdValues: Bool
    let source: ColumnSource

    init(_ name: String, _ kind: ColumnKind, poolGroup: String? = nil, hasWrittenForm: Bool = false,
         hasNicknames: Bool = false, marksHouseholdValues: Bool = false, source: ColumnSource) {
        self.name = name
        self.kind = kind
        self.poolGroup = poolGroup ?? name
        self.hasWrittenForm = hasWrittenForm
        self.hasNicknames = hasNicknames
        self.marksHouseholdValues = marksHouseholdValues
        self.source = source
    }

    /// The family-name and given-name fields: compared in both orientations when names may be
    /// swapped, and the given name tells household members apart.
    public static let familyName = "last_name"
    public static let givenName = "first_name"

    /// The fields with a normalizer of their own, in table order.
    public static let builtIn: [ColumnDefinition] = [
        ColumnDefinition(familyName, .text, poolGroup: "names", hasWrittenForm: true, hasNicknames: true, source: .familyName),
        ColumnDefinition(givenName, .text, poolGroup: "names", hasWrittenForm: true, hasNicknames: true, source: .givenName),
        ColumnDefinition("phone", .textSet, marksHouseholdValues: true, source: .phones),
        ColumnDefinition("email", .textSet, marksHouseholdValues: true, source: .emails),
        ColumnDefinition("birthday", .date, source: .birthday),
        ColumnDefinition("company", .text, source: .company),
        ColumnDefinition("postal_code", .text, source: .postalCode),
        ColumnDefinition("street", .text, hasWrittenForm: true, source: .street),
    ]

    /// The built-in columns and a text column for each other field in `fields`.
    public static func columns(naming fields: [String]) -> [ColumnDefinition] {
        var columns = builtIn
        for field in fields where !columns.contains(where: { $0.name == field }) {
            columns.append(ColumnDefinition(field, .text, source: .text(field)))
        }
        return columns
    }

    /// Whether `field` is a built-in one (any other name is a text field of the mapping).
    public static func isBuiltIn(_ field: String) -> Bool { builtIn.contains { $0.name == field } }
}

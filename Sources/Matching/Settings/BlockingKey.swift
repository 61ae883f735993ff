/// One key of a blocking rule, read from its name: a field, and which form of its value.
///
/// `last_name` is the value (the romaji key of a name), `last_name_initial` its first letter,
/// `last_name_exact` its written form (kanji stays kanji; the value itself for a field without
/// a written form). Any field of the record table can be a key, so a field name must not end in
/// `_initial` or `_exact`.
public struct BlockingKey: Sendable, Hashable {
    public enum Form: Sendable, Hashable {
        case value, initial, written
    }

    public let field: String
    public let form: Form

    public init(field: String, form: Form) {
        self.field = field
        self.form = form
    }

    /// Reads a key as the rules file writes it.
    public init(_ text: String) {
        if text.hasSuffix("_initial") {
            field = String(text.dropLast("_initial".count))
            form = .initial
        } else if text.hasSuffix("_exact") {
            field = String(text.dropLast("_exact".count))
            form = .written
        } else {
            field = text
            form = .value
        }
    }

    /// Name keys follow the record's name orientation (see ``BlockingRule/symmetricNames``).
    public var isNamePart: Bool { field == ColumnDefinition.familyName || field == ColumnDefinition.givenName }
}

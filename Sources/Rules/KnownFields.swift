import CRMModel
import Matching

/// The fields a rules file may compare and block on: the built-in columns and the text fields
/// its `fields.text_fields` declares. Checked while parsing, so that a misspelt field is refused
/// with its line rather than compared as an empty column.
struct KnownFields {
    private let kinds: [String: ColumnKind]
    private let names: [String]

    init(_ mapping: FieldMapping) {
        var kinds: [String: ColumnKind] = [:]
        var names: [String] = []
        for column in ColumnDefinition.builtIn {
            kinds[column.name] = column.kind
            names.append(column.name)
        }
        for field in mapping.textFields.keys.sorted() {
            kinds[field] = .text
            names.append(field)
        }
        self.kinds = kinds
        self.names = names
    }

    /// The field a comparison names.
    func field(_ cursor: YAMLCursor) throws(RulesError) -> String {
        let name = try cursor.string()
        guard kinds[name] != nil else { throw unknown(name, cursor) }
        return name
    }

    /// A blocking key: a field, or a text field with `_initial` / `_exact`.
    func blockingKey(_ cursor: YAMLCursor) throws(RulesError) -> String {
        let text = try cursor.string()
        let key = BlockingKey(text)
        guard let kind = kinds[key.field] else { throw unknown(text, cursor) }
        if key.form != .value && kind != .text {
            throw cursor.error("\(key.field) has no initial or written form (only text fields have; use \(key.field))")
        }
        return text
    }

    private func unknown(_ name: String, _ cursor: YAMLCursor) -> RulesError {
        cursor.error("unknown field \"\(name)\" (one of: \(names.joined(separator: ", ")); "
                     + "declare others under fields.text_fields)")
    }
}

/// How clean a field value's text is, for survivorship: a cleaner value is a better one.
///
/// The policy: whatever the field's ``FieldPolicy``, it chooses only among the cleanest values
/// present, so a dirty value never wins over a clean one:
/// 1. ``clean``: ordinary text in any script;
/// 2. ``fullWidthForms``: holds full-width Latin letters, digits or ASCII punctuation
///    (`Ｈｉｎａ`, U+FF01–U+FF5E) — a typing accident, worse than the normal form (`Hina`) or a
///    native-script value (`陽菜`);
/// 3. ``invisibleCharacters``: holds control characters (`Ta\u{0}ro`) other than tab and line
///    breaks, format characters (zero-width joiner and space, bidi controls, byte-order mark),
///    or U+FFFD (bytes that were not text). Such a value may look identical to a clean one and
///    still break search, sorting and printing.
///
/// Among equally clean values the policy decides as before (the victor's, the most frequent,
/// ...), so clusters without such characters resolve exactly as they always did.
enum ValueCleanliness: Int, Comparable {
    case clean = 0
    case fullWidthForms = 1
    case invisibleCharacters = 2

    init(_ text: String) {
        var worst = ValueCleanliness.clean
        for scalar in text.unicodeScalars {
            if Self.isInvisible(scalar) { self = .invisibleCharacters; return }
            if (0xFF01...0xFF5E).contains(scalar.value) { worst = .fullWidthForms }
        }
        self = worst
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false                      // tab and line breaks: ordinary in a memo
        case 0xFFFD: return true
        default: break
        }
        switch scalar.properties.generalCategory {
        case .control, .format: return true
        default: return false
        }
    }

    static func < (a: ValueCleanliness, b: ValueCleanliness) -> Bool { a.rawValue < b.rawValue }
}

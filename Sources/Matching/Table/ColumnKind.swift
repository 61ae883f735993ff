/// How a comparison field's values are stored in the ``RecordTable`` and compared.
///
/// Comparisons dispatch on the kind, not on the field: a new field of a known kind needs no
/// Swift change, only its mapping and its comparisons in the rules file.
public enum ColumnKind: UInt8, Sendable, Hashable {
    /// One text value per record (names, company, postal code, street, city), interned into a
    /// string pool. May carry a second form "as written" beside the comparison key.
    case text
    /// Several text values per record (phones, emails): exact levels hold when any value is shared.
    case textSet
    /// A calendar date per record as `yyyymmdd` (birthday), compared by digits.
    case date
}

import Normalization

/// Where a column's values sit in a ``NormalizedCustomer``: the built-in fields have typed
/// properties (each has its own normalizer); every other text field is in `texts` by name.
enum ColumnSource: Sendable, Hashable {
    case familyName, givenName, phones, emails, birthday, company, postalCode, street
    case text(String)
}

/// The four name fields of one record as written. `nil` is written as JSON `null` (or, now and
/// then, as an empty string — real exports do both).
struct RenderedName {
    var first: [Unicode.Scalar]?
    var last: [Unicode.Scalar]?
    var firstKana: [Unicode.Scalar]?
    var lastKana: [Unicode.Scalar]?

    /// Puts the family name into `first_name` and the given name into `last_name`, readings too.
    mutating func swap() {
        Swift.swap(&first, &last)
        Swift.swap(&firstKana, &lastKana)
    }
}

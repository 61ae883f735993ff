/// How the records of a file are laid out, told from its first bytes.
///
/// In every layout a record may be one customer object or one saved `customer_search` page
/// (`{"customers":[…],"pagination":{…}}`), whose customers are imported one by one.
public enum ImportFormat: String, Sendable, Hashable {
    /// One JSON array: `[{…},{…}]`, possibly spread over many lines.
    case jsonArray
    /// JSON Lines: one object per line.
    case jsonLines
    /// Objects one after another, each over several lines (what `jq .` prints).
    case jsonSequence
}

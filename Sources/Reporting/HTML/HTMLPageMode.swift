/// Whether a page is the static report file or the live review page.
///
/// One builder makes both, so they look the same; the review page adds the buttons and
/// keyboard shortcuts that post decisions to the review server.
public enum HTMLPageMode: String, Sendable, Hashable {
    /// `tcdedupe report --format html`: read-only, opens from disk with no server.
    case report
    /// `tcdedupe review`: served on loopback, decisions go to the server's API.
    case review
}

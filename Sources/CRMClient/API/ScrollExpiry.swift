/// How the client tells an expired scroll from other failures of `customer_search`.
///
/// The published page says a `scroll_id` expires after five minutes unused, but not how the
/// server answers then (an assumed point). The sandbox answers **410 Gone** with
/// `{"error": "scroll_expired", "message": …}`; the client also accepts a 404 or 400 to a
/// scroll request, or any answer whose body names `scroll_expired`, so that a production
/// answer of a similar shape is recognised too.
enum ScrollExpiry {
    /// The error code the sandbox puts in the body.
    static let errorCode = "scroll_expired"

    static func isExpiry(status: Int, body: [UInt8], wasScrollRequest: Bool) -> Bool {
        if status == 410 { return true }
        if wasScrollRequest && (status == 404 || status == 400) { return true }
        return status >= 400 && String(decoding: body.prefix(2048), as: UTF8.self).contains(errorCode)
    }
}

import CCurl

/// libcurl's process-wide set-up, done once before the first handle is made.
///
/// `curl_global_init` is not thread-safe in libcurl 7.x, so a Swift `static let` (initialized
/// once, under a lock) runs it.
enum CurlGlobal {
    private static let initialized: Bool = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK

    /// Makes sure libcurl is set up; false when it could not be (out of memory).
    static func ensureInitialized() -> Bool { initialized }
}

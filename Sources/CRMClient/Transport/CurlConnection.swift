import CCurl

/// One libcurl easy handle, reused for every request it sends so the connection stays open
/// (keep-alive, and one HTTP/2 connection over TLS where the server offers it).
///
/// Why reuse: a new handle per request costs a TCP and TLS handshake, 2–3 ms of CPU on a local
/// loopback and far more over the internet; a reused one costs about 0.1 ms.
///
/// Not thread-safe: a ``ConnectionPool`` lends each connection to one request at a time.
final class CurlConnection {
    private let handle: UnsafeMutableRawPointer
    private let collector = ResponseCollector()
    private let errorBuffer: UnsafeMutablePointer<CChar>

    init?() {
        guard CurlGlobal.ensureInitialized(), let handle = curl_easy_init() else { return nil }
        self.handle = handle
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
    }

    deinit {
        curl_easy_cleanup(handle)
        errorBuffer.deallocate()
    }

    /// Sends one request and waits for the whole response.
    ///
    /// - Parameters:
    ///   - url: the full URL (already checked by ``BaseURL``).
    ///   - headers: complete header lines (`Name: value`); they may hold the API key, so they
    ///     are only handed to libcurl, never kept or printed.
    ///   - proxy: `""` for no proxy at all, a URL for that proxy, nil for libcurl's environment
    ///     variables (``BaseURL/proxy(configured:)`` decides).
    func perform(
        url: String, request: HTTPRequest, headers: [String], timeouts: Timeouts, proxy: String?
    ) -> Result<HTTPResponse, TransportFailure> {
        // Reset clears the options of the previous request but keeps the open connections.
        curl_easy_reset(handle)
        collector.reset()
        errorBuffer[0] = 0

        var list: UnsafeMutablePointer<curl_slist>?
        // An empty `Expect:` stops libcurl waiting for `100 Continue` before sending a body.
        for line in headers + ["Expect:", "Accept: application/json"] {
            list = curl_slist_append(list, line)
        }
        if request.body != nil { list = curl_slist_append(list, "Content-Type: application/json") }
        defer { curl_slist_free_all(list) }

        _ = ccurl_set_ptr(handle, CURLOPT_URL, url)
        _ = ccurl_set_slist(handle, CURLOPT_HTTPHEADER, list)
        _ = ccurl_set_long(handle, CURLOPT_NOSIGNAL, 1)
        _ = ccurl_set_long(handle, CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2TLS))
        _ = ccurl_set_long(handle, CURLOPT_SSL_VERIFYPEER, 1)
        _ = ccurl_set_long(handle, CURLOPT_SSL_VERIFYHOST, 2)
        // Never follow a redirect: it would carry the API key to wherever it points.
        _ = ccurl_set_long(handle, CURLOPT_FOLLOWLOCATION, 0)
        _ = ccurl_set_ptr(handle, CURLOPT_PROTOCOLS_STR, "http,https")
        _ = ccurl_set_long(handle, CURLOPT_CONNECTTIMEOUT_MS, timeouts.connectMilliseconds)
        _ = ccurl_set_long(handle, CURLOPT_TIMEOUT_MS, timeouts.requestMilliseconds)
        _ = ccurl_set_long(handle, CURLOPT_TCP_KEEPALIVE, 1)
        _ = ccurl_set_ptr(handle, CURLOPT_ACCEPT_ENCODING, "")
        _ = ccurl_set_ptr(handle, CURLOPT_USERAGENT, "tcdedupe/0.1 (libcurl)")
        _ = ccurl_set_ptr(handle, CURLOPT_ERRORBUFFER, errorBuffer)
        // An empty CURLOPT_PROXY turns off the proxy environment variables too; NOPROXY keeps
        // loopback direct even when a proxy is set (belt and braces for BaseURL's choice).
        if let proxy { _ = ccurl_set_ptr(handle, CURLOPT_PROXY, proxy) }
        _ = ccurl_set_ptr(handle, CURLOPT_NOPROXY, "127.0.0.1,::1,localhost")

        switch request.method {
        case .get:
            _ = ccurl_set_long(handle, CURLOPT_HTTPGET, 1)
        case .post, .put, .delete:
            // A write goes out on a connection of its own. On a reused keep-alive connection that
            // the server closes without answering, libcurl sends the request again by itself
            // (it takes the close for a stale connection): a merge PUT that the server had carried
            // out would then be sent twice. A fresh connection has no such retry, so a lost answer
            // comes back as a failure the caller can check before doing anything.
            if !request.isSafeToRetry { _ = ccurl_set_long(handle, CURLOPT_FRESH_CONNECT, 1) }
            if request.method != .post { _ = ccurl_set_ptr(handle, CURLOPT_CUSTOMREQUEST, request.method.rawValue) }
            if let body = request.body {
                _ = ccurl_set_long(handle, CURLOPT_POST, 1)
                _ = ccurl_set_off_t(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count))
                // COPYPOSTFIELDS: libcurl keeps its own copy, so the Swift array may go away.
                body.withUnsafeBytes { bytes in
                    _ = ccurl_set_ptr(handle, CURLOPT_COPYPOSTFIELDS, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1))
                }
            } else if request.method == .post {
                _ = ccurl_set_long(handle, CURLOPT_POST, 1)
                _ = ccurl_set_long(handle, CURLOPT_POSTFIELDSIZE, 0)
            }
        }

        let context = Unmanaged.passUnretained(collector).toOpaque()
        _ = ccurl_set_write(handle, CURLOPT_WRITEFUNCTION, ccurlCollectBody)
        _ = ccurl_set_ptr(handle, CURLOPT_WRITEDATA, context)
        _ = ccurl_set_write(handle, CURLOPT_HEADERFUNCTION, ccurlCollectHeader)
        _ = ccurl_set_ptr(handle, CURLOPT_HEADERDATA, context)

        let code = curl_easy_perform(handle)
        guard code == CURLE_OK else {
            return .failure(TransportFailure(code: code, detail: String(cString: errorBuffer)))
        }
        var status = 0
        _ = ccurl_get_long(handle, CURLINFO_RESPONSE_CODE, &status)
        return .success(HTTPResponse(status: status, headers: collector.headers, body: collector.body))
    }
}

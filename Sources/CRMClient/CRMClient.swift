import CRMModel

/// A client of the TableCheck CRM API (see `crm-api-contract.md`) over libcurl.
///
/// Blocking by design: each call waits for its answer on the calling thread, which keeps the
/// export loop and the merge journal simple and ordered. Several threads may call one client at
/// once; it then keeps to ``CRMClientConfiguration/concurrency`` connections and
/// ``CRMClientConfiguration/requestsPerSecond`` for all of them together. From Swift
/// concurrency, call it off the shared pool (a dedicated thread or dispatch queue).
///
/// Failures: safe calls (GET, `customer_search`) are retried after 5xx, timeouts and dropped
/// connections (after the server's `Retry-After` when it sends one, else with backoff); every
/// call waits out a 429's `Retry-After`; 401/403 stop at once; a write that
/// may have reached the server but got no clear answer throws `.outcomeUnknown` instead of
/// being sent again, so the caller can fetch the customer and check.
public final class CRMClient: Sendable {
    public let configuration: CRMClientConfiguration
    private let pool: ConnectionPool
    private let limiter: RequestRateLimiter
    private let jitter: JitterSource
    private let observer: (@Sendable (ClientEvent) -> Void)?

    /// - Parameter observer: told about each retry and wait (for progress output); called on
    ///   the requesting thread.
    public init(configuration: CRMClientConfiguration, observer: (@Sendable (ClientEvent) -> Void)? = nil) {
        self.configuration = configuration
        pool = ConnectionPool(concurrency: configuration.concurrency)
        limiter = RequestRateLimiter(requestsPerSecond: configuration.requestsPerSecond)
        jitter = JitterSource(seed: configuration.retry.jitterSeed)
        self.observer = observer
    }

    /// Sends `request`, retrying as the policy allows; returns any answer that is not a
    /// 401, 403, 429 or 5xx for the caller to read.
    public func send(_ request: HTTPRequest) throws(CRMClientError) -> HTTPResponse {
        let policy = configuration.retry
        let headers = ["\(configuration.authentication.headerName): \(configuration.credential.headerValue(scheme: configuration.authentication.scheme))"]
        let base = request.baseURL ?? configuration.baseURL
        let url = base.url(request.path)
        let proxy = base.proxy(configured: configuration.proxy)
        var attempt = 0
        var rateLimitWaits = 0
        while true {
            attempt += 1
            limiter.acquire()
            let outcome = pool.withConnection { connection in
                connection.perform(url: url, request: request, headers: headers, timeouts: configuration.timeouts, proxy: proxy)
            }
            guard let outcome else {
                throw CRMClientError(.clientSetup, "libcurl could not be set up", hint: "check that libcurl is installed (scripts/install-system-packages)",
                                     request: request.summary)
            }
            switch outcome {
            case .failure(let failure):
                if !request.isSafeToRetry && failure.mayHaveReachedServer {
                    throw Self.outcomeUnknown(request, because: "no answer (\(failure.message))")
                }
                if failure.kind == .tls || attempt >= policy.maxAttempts {
                    throw CRMClientError(
                        .transport, "no answer from \(configuration.baseURL.host) after \(attempt) attempt(s): \(failure.message)",
                        hint: failure.kind == .tls ? "the server's TLS certificate was refused: check the URL and the machine's CA certificates"
                            : "check the network and the --api-url; nothing is lost: export --resume and apply pick up where they stopped",
                        request: request.summary)
                }
                wait(.retryingAfterNetworkFailure, request, failure.message, policy.backoff(afterAttempt: attempt, random: jitter.next()))
            case .success(let response):
                switch response.status {
                case 401:
                    throw CRMClientError(.unauthorized, "the CRM API refused the API key (HTTP 401)",
                                         hint: "check \(CredentialLoader.environmentVariable) or the --api-key-file, and the auth header settings",
                                         request: request.summary, status: 401)
                case 403:
                    throw CRMClientError(.forbidden, "the API key may not do this (HTTP 403)",
                                         hint: "ask TableCheck to grant the key access to the CRM API for this franchise",
                                         request: request.summary, status: 403)
                case 429:
                    rateLimitWaits += 1
                    guard rateLimitWaits <= policy.maxRateLimitWaits else {
                        throw CRMClientError(.rateLimited, "the CRM API kept answering 429 Too Many Requests (\(rateLimitWaits - 1) waits)",
                                             hint: "lower --rate or --concurrency, and run again", request: request.summary, status: 429)
                    }
                    attempt -= 1   // the server turned the request away before acting: not a failed attempt
                    let delay = response.retryAfterSeconds.map { Duration.milliseconds(Int64($0 * 1000)) } ?? policy.defaultRetryAfter
                    limiter.pause(for: delay)
                    observer?(ClientEvent(kind: .waitingForRateLimit, request: request.summary, detail: "HTTP 429", wait: delay))
                case 500...:
                    // A `Retry-After` (a 503 in maintenance, say) tells when to come back: like a
                    // 429's, it holds back every request of this client until then, and it replaces
                    // the backoff. A write still may have happened: the caller checks before resending.
                    let serverWait = response.retryAfterSeconds.map { Duration.milliseconds(Int64(max(0, $0) * 1000)) }
                    if let serverWait { limiter.pause(for: serverWait) }
                    if !request.isSafeToRetry { throw Self.outcomeUnknown(request, because: "HTTP \(response.status)") }
                    guard attempt < policy.maxAttempts else {
                        throw CRMClientError(.serverError, "the CRM API answered HTTP \(response.status) \(attempt) times: \(response.bodyExcerpt)",
                                             hint: "the service may be down: try again later; export --resume and apply pick up where they stopped",
                                             request: request.summary, status: response.status)
                    }
                    if let serverWait {
                        // The limiter makes the next attempt wait; the observer hears how long.
                        observer?(ClientEvent(kind: .retryingAfterServerError, request: request.summary,
                                              detail: "HTTP \(response.status) with Retry-After", wait: serverWait))
                    } else {
                        wait(.retryingAfterServerError, request, "HTTP \(response.status)", policy.backoff(afterAttempt: attempt, random: jitter.next()))
                    }
                default:
                    return response
                }
            }
        }
    }

    private func wait(_ kind: ClientEvent.Kind, _ request: HTTPRequest, _ detail: String, _ delay: Duration) {
        observer?(ClientEvent(kind: kind, request: request.summary, detail: detail, wait: delay))
        BlockingSleep.sleep(delay)
    }

    static func outcomeUnknown(_ request: HTTPRequest, because reason: String) -> CRMClientError {
        CRMClientError(.outcomeUnknown, "\(request.summary) got \(reason): the change may or may not have been made",
                       hint: "fetch the customer (and any merge victims) to see what happened before sending it again",
                       request: request.summary)
    }
}

import CRMClient
import CRMModel
import Hummingbird
import NIOCore

/// Answers every request: authentication, then injected faults, then the route.
///
/// Order matters for tests: a request without the key gets its 401 whatever the faults say,
/// a rate-limited or failed request changes nothing, and a dropped one is carried out first.
struct SandboxResponder: HTTPResponder {
    typealias Context = SandboxRequestContext

    let handler: RouteHandler
    let faults: FaultInjector
    let apiKey: APICredential?
    let authentication: AuthenticationScheme
    let mergeTransferDelay: Duration
    /// Every answer waits this long (``SandboxConfiguration/latency``).
    var latency: Duration = .zero
    let log: (@Sendable (String) -> Void)?
    /// Request bodies larger than this are refused (a CRM customer is a few KiB).
    static let maxBodyBytes = 16 << 20

    func respond(to request: Request, context: Context) async throws -> Response {
        let clock = ContinuousClock()
        let started = clock.now
        var request = request
        let method = request.method.rawValue
        let path = request.uri.path
        var note = ""
        var drop = false
        var answer: APIAnswer
        if latency > .zero { try await Task.sleep(for: latency) }

        if !isAuthorized(request) {
            answer = APIAnswer(APIFailure(status: 401, code: "unauthorized", message: "missing or wrong API key"))
        } else {
            // The sandbox's admin calls (`/_sandbox/…`) are not the API: no faults.
            let decision = path.hasPrefix("/_sandbox/") ? FaultDecision() : faults.decide()
            if let retryAfter = decision.rateLimitedRetryAfter {
                answer = APIAnswer(APIFailure(status: 429, code: "rate_limited", message: "too many requests; retry later"))
                answer.retryAfter = retryAfter
                note = " (rate limit)"
            } else if let retryAfter = decision.unavailableRetryAfter {
                answer = APIAnswer(APIFailure(status: 503, code: "unavailable", message: "service unavailable; retry later"))
                answer.retryAfter = retryAfter
                note = " (injected)"
            } else if decision.fail {
                answer = APIAnswer(APIFailure(status: 500, code: "internal_error", message: "injected failure"))
                note = " (injected)"
            } else {
                switch APIRoute.resolve(method: method, path: path) {
                case .failure(let failure):
                    answer = APIAnswer(failure)
                case .success(let route):
                    let bytes = Array(buffer: try await request.collectBody(upTo: Self.maxBodyBytes))
                    let (routeAnswer, transfer) = handler.handle(route, body: bytes, query: Self.query(request))
                    answer = routeAnswer
                    if let transfer { schedule(transfer) }
                    drop = decision.drop
                }
            }
            if decision.delayMilliseconds > 0 {
                try await Task.sleep(for: .milliseconds(decision.delayMilliseconds))
                note += " (slow)"
            }
        }
        let elapsed = started.duration(to: clock.now)
        let ms = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        if drop {
            log?("\(method) \(path) dropped after \(answer.status) \(ms) ms")
            try? await context.channel.close()
            return answer.response   // written to a closed connection: the client sees no answer
        }
        log?("\(method) \(path) \(answer.status) \(ms) ms\(note)")
        return answer.response
    }

    private func isAuthorized(_ request: Request) -> Bool {
        guard let apiKey else { return true }
        let wanted = authentication.headerName.lowercased()
        guard let field = request.headers.first(where: { $0.name.canonicalName == wanted }) else { return false }
        return apiKey.matches(headerValue: field.value, scheme: authentication.scheme)
    }

    /// The victims' associated objects reach the victor after the configured delay.
    private func schedule(_ transfer: MergeTransfer) {
        let base = handler.base
        let delay = mergeTransferDelay
        Task.detached {
            try? await Task.sleep(for: delay)
            base.complete(transfer)
        }
    }

    private static func query(_ request: Request) -> [String: String] {
        var out: [String: String] = [:]
        for (key, value) in request.uri.queryParameters { out[String(key)] = String(value) }
        return out
    }
}

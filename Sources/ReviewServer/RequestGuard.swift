import HTTPTypes
import Hummingbird

/// Checks every request before it reaches a route, and turns every failure into a JSON error.
///
/// - Every request needs the token, in the `token` query parameter or the `X-Review-Token` header.
/// - A state-changing request (anything but GET/HEAD) must also come from the page itself: an
///   `Origin` header, when the browser sends one, must be the server's own origin (a page on
///   another site can make the reviewer's browser post, but cannot fake Origin), a
///   `Sec-Fetch-Site` of `cross-site` is refused, and the body must be `application/json`,
///   which an HTML form cannot send.
struct RequestGuard<Context: RequestContext>: RouterMiddleware {
    let token: String
    /// The host the server listens on, and its port once bound: together, its own origin.
    let host: String
    let bound: BoundPort

    static var tokenHeader: HTTPField.Name { HTTPField.Name("X-Review-Token")! }

    /// The methods a known path takes (nil for an unknown path, which is a 404): the page, the
    /// lists, the progress and a cluster are read; the edits, claims and releases are posted.
    /// Anything else is a 405 with `Allow`, not a 415 about the body of a request that could
    /// never have worked.
    static func allowedMethods(path: String) -> [HTTPRequest.Method]? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        if parts.isEmpty { return [.get, .head] }
        if parts == ["api", "clusters"] || parts == ["api", "progress"] { return [.get, .head] }
        if parts == ["api", "queue", "claim"] || parts == ["api", "queue", "release"] { return [.post] }
        guard parts.count >= 3, parts[0] == "api", parts[1] == "clusters" else { return nil }
        if parts.count == 3 { return [.get, .head] }
        if parts.count == 4, ["decision", "victor", "remove"].contains(parts[3]) { return [.post] }
        return nil
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let query: Substring? = request.uri.queryParameters["token"]
        let given: Substring? = query ?? request.headers[Self.tokenHeader].map { Substring($0) }
        guard ReviewToken.matches(given, token) else {
            return JSONResponse.error(.unauthorized, code: "bad_token",
                                      message: "this page needs the URL with the token that `tcdedupe review` printed")
        }
        if let allowed = Self.allowedMethods(path: request.uri.path), !allowed.contains(request.method) {
            var response = JSONResponse.error(.methodNotAllowed, code: "method_not_allowed",
                                              message: "\(request.uri.path) does not take \(request.method.rawValue)")
            response.headers[.allow] = allowed.map(\.rawValue).joined(separator: ", ")
            return response
        }
        if request.method != .get && request.method != .head {
            let origins = AllowedOrigins(host: host, port: await bound.current)
            if let origin = request.headers[.origin], !origins.allows(origin) {
                return JSONResponse.error(.forbidden, code: "cross_origin",
                                          message: "requests from \(origin) may not change decisions; use the review page itself")
            }
            if request.headers[HTTPField.Name("Sec-Fetch-Site")!] == "cross-site" {
                return JSONResponse.error(.forbidden, code: "cross_origin", message: "cross-site requests may not change decisions")
            }
            let type = request.headers[.contentType] ?? ""
            guard type.lowercased().hasPrefix("application/json") else {
                return JSONResponse.error(.unsupportedMediaType, code: "json_required",
                                          message: "send the request body as application/json")
            }
        }
        do {
            return try await next(request, context)
        } catch let error as HTTPError {
            let code = error.status == .notFound ? "not_found" : "http_\(error.status.code)"
            let message = error.status == .notFound ? "no such page or API: \(request.uri.path)" : (error.body ?? error.status.reasonPhrase)
            return JSONResponse.error(error.status, code: code, message: message)
        }
    }
}

import CRMModel
import Hummingbird
import Reviewing
import StoredRuns

/// The review server's routes: the page (a shell), the clusters a page at a time, the queue,
/// one cluster, and the three edits.
///
/// - `GET /?token=T` the page.
/// - `GET /api/clusters?queue=&band=&franchise=&size=&decision=&sort=&q=&cursor=&limit=&holder=`
///   a page of clusters: `{"clusters": [...], "next_cursor": id|null}` (see ``ReviewQueryParameters``).
/// - `POST /api/queue/claim {"holder", "reviewer", "queue", "sort", "band", "franchise", "size",
///   "limit", "exclude": [ids]}` the head of the queue, leased to that browser: `{"clusters": [...]}`.
/// - `POST /api/queue/release {"holder", "cluster_ids"?}` gives leased clusters back.
/// - `GET /api/progress?queue=` `{"progress": {total, decided, approved, rejected, leased}, "search": {ready, percent}}`.
/// - `GET /api/clusters/{id}` one cluster.
/// - `POST /api/clusters/{id}/decision {"decision": "approve"|"reject"|"reset", "reviewer"?}` ·
///   `POST /api/clusters/{id}/victor {"victor_id": ...}` · `POST /api/clusters/{id}/remove {"member_id": ...}`.
///   Each answers `{"cluster": ...}`, the cluster as the page draws it (with its `pins` and, when an
///   earlier run's approval reached it, `carried`).
/// - `POST /api/pins/{id}/lift {"reviewer"?}` lifts a never-merge pin: `{"lifted": true|false}`.
enum ReviewRoutes {
    /// Request bodies are a few dozen bytes; anything much larger is refused.
    static let maximumBody = 64 * 1024

    static func router(service: ReviewService, token: String, host: String, bound: BoundPort) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: RequestGuard(token: token, host: host, bound: bound))
        router.get("/") { _, _ -> Response in
            do {
                let page = ReviewPage(data: try await service.pageData(), nonce: ReviewToken.random()).render()
                var headers = SecurityHeaders.common
                headers[.contentType] = "text/html; charset=utf-8"
                return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: page)))
            } catch {
                return JSONResponse.error(.internalServerError, code: "failed", message: ErrorText.oneLine(error))
            }
        }
        router.get("/api/clusters") { request, _ -> Response in
            await answerObject {
                let parameters = ReviewQueryParameters(query: queryPairs(request))
                let query = try await parameters.query(service: service)
                return try await service.list(query, search: parameters.search, holder: parameters.holder)
            }
        }
        router.get("/api/progress") { request, _ -> Response in
            await answerObject {
                try await service.progress(try ReviewQueryParameters(query: queryPairs(request)).queue())
            }
        }
        router.post("/api/queue/claim") { request, _ -> Response in
            await answerObject {
                let body = try await jsonBody(request)
                let parameters = ReviewQueryParameters(body)
                let holder = try field("holder", of: body)
                return try await service.claim(try await parameters.query(service: service), holder: holder,
                                               reviewer: try reviewerName(body))
            }
        }
        router.post("/api/queue/release") { request, _ -> Response in
            await answerObject {
                let body = try await jsonBody(request)
                let ids = body["cluster_ids"]?.arrayValue.map { $0.compactMap(ReviewQueryParameters.integer) }
                return try await service.release(holder: try field("holder", of: body), clusterIDs: ids)
            }
        }
        router.get("/api/clusters/:id") { _, context -> Response in
            await answer { try await service.cluster(try clusterID(context)) }
        }
        router.post("/api/clusters/:id/decision") { request, context -> Response in
            await answer {
                let body = try await jsonBody(request)
                let text = try field("decision", of: body)
                guard let action = ReviewAction(rawValue: text) else {
                    throw ReviewError(.badRequest, "unknown decision \"\(text)\"", hint: "send approve, reject or reset")
                }
                return try await service.decide(try clusterID(context), action, reviewer: try reviewerName(body))
            }
        }
        router.post("/api/clusters/:id/victor") { request, context -> Response in
            await answer {
                let body = try await jsonBody(request)
                let victor = try field("victor_id", of: body)
                return try await service.chooseVictor(try clusterID(context), victorID: victor, reviewer: try reviewerName(body))
            }
        }
        router.post("/api/clusters/:id/remove") { request, context -> Response in
            await answer {
                let body = try await jsonBody(request)
                let member = try field("member_id", of: body)
                return try await service.removeMember(try clusterID(context), memberID: member, reviewer: try reviewerName(body))
            }
        }
        router.post("/api/pins/:id/lift") { request, context -> Response in
            await answerObject {
                let body = try await jsonBody(request)
                guard let id = context.parameters.get("id", as: Int64.self) else {
                    throw ReviewError(.badRequest, "the pin id must be a number", hint: "use /api/pins/{number}/lift")
                }
                return try await service.liftPin(id, reviewer: try reviewerName(body))
            }
        }
        return router
    }

    /// Runs `body`; a cluster comes back as `{"cluster": ...}`, a failure as a JSON error.
    private static func answer(_ body: () async throws -> JSONValue) async -> Response {
        await answerObject { .object(JSONObject(["cluster": try await body()])) }
    }

    /// Runs `body`; its object is the answer, a failure a JSON error.
    private static func answerObject(_ body: () async throws -> JSONValue) async -> Response {
        do {
            return JSONResponse.ok(try await body())
        } catch let error as ReviewError {
            let status: HTTPResponse.Status = switch error.code {
            case .unknownCluster: .notFound
            case .notAMember, .tooFewMembers: .conflict
            case .badRequest: .badRequest
            }
            return JSONResponse.error(status, code: snakeCase(error.code.rawValue), message: error.description)
        } catch {
            return JSONResponse.error(.internalServerError, code: "failed", message: ErrorText.oneLine(error))
        }
    }

    /// The API's error codes are snake_case, like `bad_token` and `json_required`:
    /// `unknownCluster` → `unknown_cluster`.
    static func snakeCase(_ name: String) -> String {
        var out = ""
        for character in name {
            if character.isUppercase {
                if !out.isEmpty { out.append("_") }
                out += character.lowercased()
            } else {
                out.append(character)
            }
        }
        return out
    }

    private static func clusterID(_ context: BasicRequestContext) throws -> Int {
        guard let id = context.parameters.get("id", as: Int.self) else {
            throw ReviewError(.badRequest, "the cluster id must be a number", hint: "use /api/clusters/{number}/...")
        }
        return id
    }

    private static func jsonBody(_ request: Request) async throws -> JSONObject {
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: maximumBody)
        } catch {
            throw ReviewError(.badRequest, "the request body is too large", hint: "send a small JSON object")
        }
        guard case .object(let object)? = try? JSONValue(parsing: String(buffer: buffer)) else {
            throw ReviewError(.badRequest, "the request body is not a JSON object", hint: "send e.g. {\"decision\": \"approve\"}")
        }
        return object
    }

    /// The request's query parameters, decoded.
    private static func queryPairs(_ request: Request) -> [(String, String)] {
        request.uri.queryParameters.map { (String($0.key), String($0.value)) }
    }

    /// The reviewer the page names (`"reviewer"`), nil for the server's own: a name of 1 to 80
    /// printable characters.
    static func reviewerName(_ body: JSONObject) throws -> String? {
        guard let raw = body["reviewer"]?.stringValue else { return nil }
        let name = String(raw.trimmingPrefix(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        if name.isEmpty { return nil }
        guard name.count <= 80, !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw ReviewError(.badRequest, "the reviewer name must be 1 to 80 printable characters", hint: "type your name again")
        }
        return name
    }

    private static func field(_ key: String, of body: JSONObject) throws -> String {
        guard let value = body[key]?.stringValue, !value.isEmpty else {
            throw ReviewError(.badRequest, "the request needs \"\(key)\" (a string)", hint: "see `tcdedupe review --help`")
        }
        return value
    }
}

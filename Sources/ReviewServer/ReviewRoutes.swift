import CRMModel
import Hummingbird
import Reviewing
import StoredRuns

/// The review server's routes: the page, one cluster, and the three edits.
///
/// `GET /?token=T` the page · `GET /api/clusters/{id}` one cluster ·
/// `POST /api/clusters/{id}/decision {"decision": "approve"|"reject"|"reset"}` ·
/// `POST /api/clusters/{id}/victor {"victor_id": ...}` · `POST /api/clusters/{id}/remove {"member_id": ...}`.
/// Each POST answers `{"cluster": ...}`, the cluster as the page draws it.
enum ReviewRoutes {
    /// Request bodies are a few dozen bytes; anything much larger is refused.
    static let maximumBody = 64 * 1024

    static func router(service: ReviewService, token: String, host: String, bound: BoundPort) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: RequestGuard(token: token, host: host, bound: bound))
        router.get("/") { _, _ -> Response in
            var headers = SecurityHeaders.common
            headers[.contentType] = "text/html; charset=utf-8"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: await service.page())))
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
                return try await service.decide(try clusterID(context), action)
            }
        }
        router.post("/api/clusters/:id/victor") { request, context -> Response in
            await answer {
                let victor = try field("victor_id", of: try await jsonBody(request))
                return try await service.chooseVictor(try clusterID(context), victorID: victor)
            }
        }
        router.post("/api/clusters/:id/remove") { request, context -> Response in
            await answer {
                let member = try field("member_id", of: try await jsonBody(request))
                return try await service.removeMember(try clusterID(context), memberID: member)
            }
        }
        return router
    }

    /// Runs `body`; a cluster comes back as `{"cluster": ...}`, a failure as a JSON error.
    private static func answer(_ body: () async throws -> JSONValue) async -> Response {
        do {
            let cluster = try await body()
            return JSONResponse.ok(.object(JSONObject(["cluster": cluster])))
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

    private static func field(_ key: String, of body: JSONObject) throws -> String {
        guard let value = body[key]?.stringValue, !value.isEmpty else {
            throw ReviewError(.badRequest, "the request needs \"\(key)\" (a string)", hint: "see `tcdedupe review --help`")
        }
        return value
    }
}

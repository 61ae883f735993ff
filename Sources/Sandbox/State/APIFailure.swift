import CRMModel

/// An error answer of the sandbox: status and a JSON body `{"error": code, "message": …}`,
/// the shape the client reads a message from.
struct APIFailure: Error, Sendable {
    var status: Int
    var code: String
    var message: String

    static func notFound(_ what: String) -> APIFailure {
        APIFailure(status: 404, code: "not_found", message: what)
    }

    static func validation(_ message: String) -> APIFailure {
        APIFailure(status: 422, code: "validation_failed", message: message)
    }

    static func badRequest(_ message: String) -> APIFailure {
        APIFailure(status: 400, code: "bad_request", message: message)
    }

    var body: JSONValue {
        .object(JSONObject(["error": .string(code), "message": .string(message), "errors": .array([.string(message)])]))
    }
}

import CRMModel
import Hummingbird

/// JSON answers of the review API, errors included: `{"error": {"code": ..., "message": ...}}`.
enum JSONResponse {
    static func ok(_ value: JSONValue) -> Response {
        make(.ok, value)
    }

    static func error(_ status: HTTPResponse.Status, code: String, message: String) -> Response {
        make(status, .object(JSONObject([
            "error": .object(JSONObject(["code": .string(code), "message": .string(message)])),
        ])))
    }

    private static func make(_ status: HTTPResponse.Status, _ value: JSONValue) -> Response {
        var headers = SecurityHeaders.common
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: value.serialized())))
    }
}

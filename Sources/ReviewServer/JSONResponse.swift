import CRMModel
import Hummingbird
import Reporting

/// JSON answers of the review API, errors included: `{"error": {"code": ..., "message": ...}}`.
///
/// Customer text travels in these answers; `<`, `>` and `&` are written as `\u003c` etc.
/// (``ScriptJSON``), the same JSON, so that nothing in it can act as markup even where a
/// browser or a proxy ignores the content type.
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
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: ScriptJSON.embeddable(value))))
    }
}

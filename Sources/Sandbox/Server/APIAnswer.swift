import CRMModel
import Hummingbird

/// A JSON answer before it becomes a Hummingbird response.
struct APIAnswer: Sendable {
    var status: Int
    var body: JSONValue
    /// Seconds for a `Retry-After` header (429 answers).
    var retryAfter: Int?

    init(status: Int = 200, _ body: JSONValue) {
        self.status = status
        self.body = body
    }

    init(_ object: JSONObject, status: Int = 200) {
        self.init(status: status, .object(object))
    }

    init(_ failure: APIFailure) {
        self.init(status: failure.status, failure.body)
    }

    var response: Response {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(1024)
        body.write(into: &bytes)
        var fields = HTTPFields()
        fields[.contentType] = "application/json; charset=utf-8"
        if let retryAfter { fields[.retryAfter] = String(retryAfter) }
        return Response(status: .init(code: status), headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}

import CRMModel

extension CRMClient {
    /// The JSON object in an answer's body.
    static func parseObject(_ response: HTTPResponse, _ request: HTTPRequest) throws(CRMClientError) -> JSONObject {
        let value: JSONValue
        do { value = try JSONValue(parsing: response.body) } catch {
            throw invalid(request, "the body is not JSON (\(error))")
        }
        guard case .object(let object) = value else { throw invalid(request, "the body is not a JSON object") }
        return object
    }

    static func invalid(_ request: HTTPRequest, _ why: String) -> CRMClientError {
        CRMClientError(.invalidResponse, "unexpected answer from the CRM API: \(why)",
                       hint: "check that --api-url points at the CRM API base (…/api/crm/v1)", request: request.summary, status: 200)
    }

    /// The error for an answer that is not a success, with the server's message when it sent one.
    static func failure(for response: HTTPResponse, _ request: HTTPRequest) -> CRMClientError {
        let message = serverMessage(response.body) ?? response.bodyExcerpt
        switch response.status {
        case 404:
            return CRMClientError(.notFound, "not found: \(message)",
                                  hint: "the customer does not exist, was deleted, or was merged into another one",
                                  request: request.summary, status: 404)
        case 422:
            return CRMClientError(.validation, "the CRM API refused the request: \(message)",
                                  hint: validationHint(serverMessage: message), request: request.summary, status: 422)
        default:
            return CRMClientError(.unexpectedStatus, "the CRM API answered HTTP \(response.status): \(message)",
                                  hint: "check --api-url and the request", request: request.summary, status: response.status)
        }
    }

    /// What to do about a 422. The E.164 advice only when the server's message is about phones:
    /// for any other refusal (an unknown search parameter, a bad field) it would send the user
    /// looking in the wrong place, so the server's own words are the hint.
    static func validationHint(serverMessage message: String) -> String {
        // "phone" alone is not enough: a refused search lists the known parameters, `phone` among them.
        let lower = message.lowercased()
        if lower.contains("e.164") || lower.contains("phone number") || lower.hasPrefix("phone") {
            return "fix the phone it names (phones must be E.164, like +81312345678) and send again"
        }
        return "fix what the server names (\(message)) and send again"
    }

    /// `message`, `error`, or the first of `errors` in a JSON error body.
    static func serverMessage(_ body: [UInt8]) -> String? {
        guard let value = try? JSONValue(parsing: body), case .object(let object) = value else { return nil }
        if let message = object["message"]?.stringValue { return message }
        if let errors = object["errors"]?.arrayValue {
            let texts = errors.compactMap { $0.stringValue ?? $0.objectValue?.serialized() }
            if !texts.isEmpty { return texts.joined(separator: "; ") }
        }
        return object["error"]?.stringValue
    }
}

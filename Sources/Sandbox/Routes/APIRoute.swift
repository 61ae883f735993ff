/// The endpoints of the contract, told from a request's method and path.
///
/// Paths are accepted under `/api/crm/v1` and under `/ts_api/crm/v1` (the published page uses
/// both spellings). The Sync API's `GET /sync_events` lives under `/api/sync/v1` (the contract's
/// base) and is answered under the CRM prefixes too; `POST /_sandbox/simulate_changes` is the
/// sandbox's own admin call (changes made by others).
enum APIRoute: Equatable {
    case customerSearch
    case listCustomers
    case createCustomer
    case getCustomer(String)
    case updateCustomer(String)
    case deleteCustomer(String)
    case syncEvents
    case simulateChanges

    static let prefixes = ["/api/crm/v1", "/ts_api/crm/v1"]
    static let syncPrefixes = ["/api/sync/v1", "/ts_api/sync/v1"]
    static let simulatePath = "/_sandbox/simulate_changes"

    /// The route, or the failure to answer (404 unknown path, 405 wrong method).
    static func resolve(method: String, path: String) -> Result<APIRoute, APIFailure> {
        if let route = resolveSync(method: method, path: path) { return route }
        guard let prefix = prefixes.first(where: { path.hasPrefix($0 + "/") }) else {
            return .failure(.notFound("no endpoint \(path); the API lives under /api/crm/v1"))
        }
        var rest = String(path.dropFirst(prefix.count))
        while rest.count > 1 && rest.hasSuffix("/") { rest.removeLast() }
        let notAllowed = APIFailure(status: 405, code: "method_not_allowed", message: "\(method) is not allowed on \(rest)")
        switch rest {
        case "/customer_search":
            return method == "POST" ? .success(.customerSearch) : .failure(notAllowed)
        case "/customers":
            switch method {
            case "GET": return .success(.listCustomers)
            case "POST": return .success(.createCustomer)
            default: return .failure(notAllowed)
            }
        default:
            guard rest.hasPrefix("/customers/"), let id = percentDecoded(String(rest.dropFirst(11))), !id.isEmpty, !id.contains("/") else {
                return .failure(.notFound("no endpoint \(path)"))
            }
            switch method {
            case "GET": return .success(.getCustomer(id))
            case "PUT", "PATCH": return .success(.updateCustomer(id))
            case "DELETE": return .success(.deleteCustomer(id))
            default: return .failure(notAllowed)
            }
        }
    }

    /// The Sync API and admin routes, or nil for a path that is neither.
    private static func resolveSync(method: String, path: String) -> Result<APIRoute, APIFailure>? {
        var trimmed = path
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        if trimmed == simulatePath {
            return method == "POST" ? .success(.simulateChanges)
                : .failure(APIFailure(status: 405, code: "method_not_allowed", message: "\(method) is not allowed on \(simulatePath)"))
        }
        guard (syncPrefixes + prefixes).contains(where: { trimmed == $0 + "/sync_events" }) else {
            if syncPrefixes.contains(where: { trimmed.hasPrefix($0 + "/") }) {
                return .failure(.notFound("no endpoint \(path); the Sync API serves GET /sync_events"))
            }
            return nil
        }
        return method == "GET" ? .success(.syncEvents)
            : .failure(APIFailure(status: 405, code: "method_not_allowed", message: "\(method) is not allowed on /sync_events"))
    }

    private static func percentDecoded(_ text: String) -> String? {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next(), let low = iterator.next(),
                      let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) else { return nil }
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }
}

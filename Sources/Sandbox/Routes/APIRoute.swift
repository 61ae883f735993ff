/// The endpoints of the contract, told from a request's method and path.
///
/// Paths are accepted under `/api/crm/v1` and under `/ts_api/crm/v1` (the published page uses
/// both spellings).
enum APIRoute: Equatable {
    case customerSearch
    case listCustomers
    case createCustomer
    case getCustomer(String)
    case updateCustomer(String)
    case deleteCustomer(String)

    static let prefixes = ["/api/crm/v1", "/ts_api/crm/v1"]

    /// The route, or the failure to answer (404 unknown path, 405 wrong method).
    static func resolve(method: String, path: String) -> Result<APIRoute, APIFailure> {
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

import CRMModel

extension CRMClient {
    /// `GET /customers/{id}`. Retried like every safe call.
    ///
    /// - Throws: ``CRMClientError`` `.notFound` when there is no such customer (a merged victim
    ///   answers so too).
    public func getCustomer(id: String) throws(CRMClientError) -> Customer {
        let request = HTTPRequest(method: .get, path: "/customers/\(PathComponent.encode(id))", isSafeToRetry: true)
        return try customer(from: try send(request), request)
    }

    /// `PUT /customers/{id}`: changes fields, nested objects, and merges (`merge_customer_ids`).
    /// Never retried after a failure that may have reached the server.
    ///
    /// - Throws: ``CRMClientError`` `.outcomeUnknown` when the answer was lost (check the
    ///   customer before sending again), `.validation` (422) with the server's message,
    ///   `.notFound`.
    @discardableResult
    public func putCustomer(id: String, body: JSONObject) throws(CRMClientError) -> Customer {
        let request = HTTPRequest(method: .put, path: "/customers/\(PathComponent.encode(id))",
                                  body: Array(body.serialized().utf8), isSafeToRetry: false)
        return try customer(from: try send(request), request)
    }

    /// `PUT /customers/{id}` for a merge, where the answer is evidence: like ``putCustomer(id:body:)``,
    /// but a 2xx whose body carries no customer (empty, `{}`, another shape: the published page
    /// shows no answer for a PUT) is a success with nil, not an unreadable answer.
    public func putCustomerAnswer(id: String, body: JSONObject) throws(CRMClientError) -> Customer? {
        let request = HTTPRequest(method: .put, path: "/customers/\(PathComponent.encode(id))",
                                  body: Array(body.serialized().utf8), isSafeToRetry: false)
        let response = try send(request)
        guard (200..<300).contains(response.status) else { throw Self.failure(for: response, request) }
        guard let value = try? JSONValue(parsing: response.body), case .object(let object) = value else { return nil }
        return try? Customer(json: object["customer"]?.objectValue ?? object)
    }

    /// `POST /customers`: creates a customer and returns it with its new id.
    public func postCustomer(_ body: JSONObject) throws(CRMClientError) -> Customer {
        let request = HTTPRequest(method: .post, path: "/customers", body: Array(body.serialized().utf8), isSafeToRetry: false)
        return try customer(from: try send(request), request)
    }

    /// `DELETE /customers/{id}`.
    public func deleteCustomer(id: String) throws(CRMClientError) {
        let request = HTTPRequest(method: .delete, path: "/customers/\(PathComponent.encode(id))", isSafeToRetry: false)
        let response = try send(request)
        guard (200..<300).contains(response.status) else { throw Self.failure(for: response, request) }
    }

    /// The customer in an answer: either the object itself or wrapped as `{"customer": {…}}`
    /// (the published page shows neither form for single objects; both are accepted).
    private func customer(from response: HTTPResponse, _ request: HTTPRequest) throws(CRMClientError) -> Customer {
        guard (200..<300).contains(response.status) else { throw Self.failure(for: response, request) }
        let object = try Self.parseObject(response, request)
        let inner = object["customer"]?.objectValue ?? object
        do { return try Customer(json: inner) } catch { throw Self.invalid(request, "\(error)") }
    }
}

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

import CRMModel

extension CRMClient {
    /// One page of `POST /customer_search`: `body` holds search parameters (first page) or
    /// `{"scroll_id": …}` (next pages). Retried like every safe call.
    ///
    /// - Throws: ``CRMClientError`` with `.scrollExpired` when the scroll id is no longer
    ///   valid (start a new search), `.validation` for refused parameters, `.invalidResponse`.
    public func searchPage(_ body: JSONObject) throws(CRMClientError) -> SearchPage {
        let request = HTTPRequest(method: .post, path: "/customer_search", body: Array(body.serialized().utf8), isSafeToRetry: true)
        let response = try send(request)
        let isScroll = body["scroll_id"] != nil
        guard response.status == 200 else {
            if ScrollExpiry.isExpiry(status: response.status, body: response.body, wasScrollRequest: isScroll) {
                throw CRMClientError(.scrollExpired, "the scroll expired or is unknown (HTTP \(response.status))",
                                     hint: "start a new search; stored customers are upserted by id, so nothing is counted twice",
                                     request: request.summary, status: response.status)
            }
            throw Self.failure(for: response, request)
        }
        return try Self.parsePage(response, request)
    }

    /// The first page of a new search (`search` may be empty: every customer).
    public func startScroll(search: JSONObject) throws(CRMClientError) -> SearchPage {
        try searchPage(search)
    }

    /// The page after the one that returned `scrollID`.
    public func nextPage(scrollID: String) throws(CRMClientError) -> SearchPage {
        try searchPage(JSONObject(["scroll_id": .string(scrollID)]))
    }

    static func parsePage(_ response: HTTPResponse, _ request: HTTPRequest) throws(CRMClientError) -> SearchPage {
        let object = try parseObject(response, request)
        guard case .array(let items)? = object["customers"] else {
            throw invalid(request, "the answer has no \"customers\" array")
        }
        var customers: [Customer] = []
        customers.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            do { customers.append(try Customer(value: item)) } catch {
                throw invalid(request, "customer \(index + 1) of the page: \(error)")
            }
        }
        let pagination = object["pagination"]?.objectValue
        return SearchPage(customers: customers, scrollID: pagination?["scroll_id"]?.stringValue,
                          totalResults: pagination?["total_results"]?.intValue)
    }
}

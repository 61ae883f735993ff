import CRMModel

/// Carries out one resolved request against the customer base.
struct RouteHandler: Sendable {
    let base: CustomerBase
    /// How `GET /sync_events` answers are shaped (see ``SyncEnvelope``).
    var syncEnvelope: SyncEnvelope = .standard

    /// The answer, and the merge transfer to schedule when the request merged customers.
    func handle(_ route: APIRoute, body: [UInt8], query: [String: String]) -> (APIAnswer, MergeTransfer?) {
        do {
            switch route {
            case .customerSearch:
                return (APIAnswer(try base.search(try Self.object(body, allowEmpty: true))), nil)
            case .listCustomers:
                let page = try Self.integer(query["page"], name: "page", default: 1)
                let perPage = try Self.integer(query["per_page"], name: "per_page", default: 100)
                return (APIAnswer(try base.list(page: page, perPage: perPage)), nil)
            case .createCustomer:
                let created = try base.create(try Self.object(body, allowEmpty: false))
                return (APIAnswer(JSONObject(["customer": .object(created)]), status: 201), nil)
            case .getCustomer(let id):
                return (APIAnswer(JSONObject(["customer": .object(try base.customer(id: id))])), nil)
            case .updateCustomer(let id):
                let (customer, transfer) = try base.update(id: id, body: try Self.object(body, allowEmpty: false))
                return (APIAnswer(JSONObject(["customer": .object(customer)])), transfer)
            case .deleteCustomer(let id):
                try base.delete(id: id)
                return (APIAnswer(JSONObject(["id": .string(id), "deleted": .bool(true)])), nil)
            case .syncEvents:
                return (try SyncEventsAnswer(base: base, envelope: syncEnvelope).answer(query: query), nil)
            case .simulateChanges:
                let plan = try ChangeSimulation(try Self.object(body, allowEmpty: true))
                return (APIAnswer(plan.run(on: base).json), nil)
            }
        } catch {
            return (APIAnswer(error), nil)
        }
    }

    /// The JSON object in a request body (an empty body counts as `{}` where allowed).
    static func object(_ body: [UInt8], allowEmpty: Bool) throws(APIFailure) -> JSONObject {
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            guard allowEmpty else { throw .badRequest("the request needs a JSON object body") }
            return JSONObject()
        }
        let value: JSONValue
        do { value = try JSONValue(parsing: body) } catch { throw .badRequest("the body is not valid JSON: \(error)") }
        guard case .object(let object) = value else { throw .badRequest("the body must be a JSON object") }
        return object
    }

    static func integer(_ text: String?, name: String, default value: Int) throws(APIFailure) -> Int {
        guard let text else { return value }
        guard let number = Int(text) else { throw .validation("\(name) must be a whole number") }
        return number
    }
}

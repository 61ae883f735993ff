/// One merge: the PUT that makes `victorID` absorb `victimIDs`, with the resolved fields.
///
/// `body` is exactly what `PUT /customers/{victorID}` sends: `merge_customer_ids` first, then the
/// resolved fields and what the victims carry over (memo, tags, consent flags, and phones,
/// emails, addresses and events for the API to append).
public struct MergePlan: Sendable, Hashable {
    public var victorID: String
    public var victimIDs: [String]
    public var body: JSONObject

    public init(victorID: String, victimIDs: [String], body: JSONObject) {
        self.victorID = victorID
        self.victimIDs = victimIDs
        self.body = body
    }

    public var method: String { "PUT" }
    /// The path relative to the API base.
    public var path: String { "/customers/\(victorID)" }
}

import CRMModel
import Store
import StoredRuns

/// `tcdedupe pins`: the never-merge pins of a database, listed, added by an operator, lifted.
///
/// Pins are made by reviewing (a rejected cluster, a member removed by hand); an operator adds
/// one for two customers they know are different people. Lifting keeps the pin as history.
public struct PinBook {
    let store: CustomerStore

    /// Opens the database at `databasePath` (read-only for listing).
    public init(databasePath: String, readOnly: Bool = false) throws {
        store = try CustomerStore.openExisting(databasePath, mode: readOnly ? .readOnly : .readWrite)
    }

    /// Live pins (and lifted ones with `includeLifted`), newest first; only those of `customerID` when given.
    public func list(customerID: String? = nil, includeLifted: Bool = false) throws -> [PinRow] {
        try store.pins(customerID: customerID, includeLifted: includeLifted)
    }

    /// Pins two customers apart. - Returns: the live pin between them (new, or the one there was).
    public func add(_ a: String, _ b: String, by operatorName: String, note: String?) throws -> (pin: PinRow, isNew: Bool) {
        guard a != b else {
            throw ReviewError(.badRequest, "a customer cannot be pinned apart from itself (\(a))", hint: "name two different customer ids")
        }
        let added = try store.addPins([(a, b)], origin: PinOrigin(reason: .operator, createdBy: operatorName, note: note))
        guard let pin = try store.livePin(between: a, b) else {
            throw ReviewError(.badRequest, "the pin between \(a) and \(b) was not stored", hint: "try again")
        }
        return (pin, added > 0)
    }

    /// Lifts the live pin between two customers. - Returns: the pin lifted.
    public func lift(_ a: String, _ b: String, by name: String) throws -> PinRow {
        guard let pin = try store.livePin(between: a, b) else {
            throw ReviewError(.badRequest, "there is no live pin between \(a) and \(b)",
                              hint: "tcdedupe pins list --customer \(a) shows the pins of \(a)")
        }
        try store.liftPin(id: pin.id, by: name)
        return pin
    }

    /// Lifts a live pin by its id. - Returns: the pin lifted.
    public func lift(id: Int64, by name: String) throws -> PinRow {
        guard let pin = try store.pin(id: id) else {
            throw ReviewError(.badRequest, "there is no pin \(id)", hint: "tcdedupe pins list shows the pins and their ids")
        }
        guard try store.liftPin(id: id, by: name) else {
            throw ReviewError(.badRequest, "pin \(id) was already lifted (by \(pin.liftedBy ?? "?") at \(pin.liftedAt ?? "?"))",
                              hint: "tcdedupe pins list shows the live pins")
        }
        return pin
    }

    /// One line per pin: `#id  A ≠ B  reason by who at when [lifted by who at when] [note]`.
    public static func text(_ pins: [PinRow]) -> String {
        guard !pins.isEmpty else { return "no pins" }
        return pins.map(line).joined(separator: "\n")
    }

    public static func line(_ p: PinRow) -> String {
        var s = "pin \(p.id): \(p.customerA) never with \(p.customerB) (\(p.reason.rawValue) by \(p.createdBy), \(p.createdAt)"
        if let run = p.runID { s += ", run \(run)" }
        if let key = p.clusterKey { s += ", cluster \(key)" }
        s += ")"
        if let lifted = p.liftedAt { s += " lifted by \(p.liftedBy ?? "?") at \(lifted)" }
        if let note = p.note { s += ": \(note)" }
        return s
    }

    /// `{"pins": [{id, customer_a, customer_b, reason, run_id, cluster_key, created_by, created_at, note, lifted_at, lifted_by}]}`.
    public static func json(_ pins: [PinRow]) -> String {
        JSONValue.object(JSONObject(["pins": .array(pins.map(jsonValue))])).serialized()
    }

    static func jsonValue(_ p: PinRow) -> JSONValue {
        func text(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
        return .object(JSONObject([
            "id": .number(String(p.id)),
            "customer_a": .string(p.customerA),
            "customer_b": .string(p.customerB),
            "reason": .string(p.reason.rawValue),
            "run_id": p.runID.map { .number(String($0)) } ?? .null,
            "cluster_key": text(p.clusterKey),
            "created_by": .string(p.createdBy),
            "created_at": .string(p.createdAt),
            "note": text(p.note),
            "lifted_at": text(p.liftedAt),
            "lifted_by": text(p.liftedBy),
        ]))
    }
}

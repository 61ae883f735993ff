import CRMClient
import CRMModel
import Store
import StoredRuns

/// `tcdedupe restore --customer ID`: the snapshot `apply` took of a customer before merging it
/// away, so that a wrong merge can be repaired by hand.
public struct SnapshotLookup: Sendable {
    public var customerID: String
    public var snapshot: MergeSnapshot

    /// The newest snapshot of `customerID`.
    public static func latest(databasePath: String, customerID: String) throws -> SnapshotLookup {
        let store = try CustomerStore.openExisting(databasePath, mode: .readOnly)
        guard let snapshot = try store.snapshots(customerID: customerID).first else {
            throw PipelineError("the journal holds no snapshot of customer \(customerID)",
                                hint: "`tcdedupe journal` lists what apply merged; only merged customers are snapshotted")
        }
        return SnapshotLookup(customerID: customerID, snapshot: snapshot)
    }

    /// The snapshot as indented JSON.
    public var prettyJSON: String {
        (try? JSONValue(parsing: snapshot.json).prettySerialized()) ?? snapshot.json
    }

    /// The body that recreates the customer with `POST /customers`: the snapshot without the
    /// fields the CRM assigns itself (id, timestamps, merge history) or that cannot be posted
    /// as they are (nested objects' ids).
    public var recreateBody: JSONObject? {
        guard case .object(var o)? = try? JSONValue(parsing: snapshot.json) else { return nil }
        for key in ["id", "created_at", "updated_at", "merged_customer_ids"] { o[key] = nil }
        for key in ["phone_objects", "email_objects", "images"] { o[key] = nil }
        // Nested objects (addresses, events) are posted as new ones: their old ids are dropped.
        for member in o {
            guard case .array(let items) = member.value else { continue }
            o[member.key] = .array(items.map { item in
                guard case .object(var nested) = item else { return item }
                nested["id"] = nil
                return .object(nested)
            })
        }
        return o
    }
}

extension SnapshotLookup {
    /// `POST /customers` with ``recreateBody``: the customer comes back as a new record (a new
    /// id; the CRM does not let a destroyed id be reused). Returns the new customer.
    public func recreate(connection: APIConnection) throws -> Customer {
        guard let body = recreateBody else {
            throw PipelineError("the snapshot of \(customerID) is not a JSON object", hint: "print it without --recreate and post it by hand")
        }
        return try connection.makeClient().postCustomer(body)
    }
}

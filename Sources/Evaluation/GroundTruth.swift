/// Which entity (real person) each customer record belongs to, as labelled data.
///
/// Customer and entity ids are interned to dense `Int32` indices once, so evaluation over millions
/// of customers works on integer arrays instead of string-keyed maps.
public struct GroundTruth: Sendable {
    /// Dense index of each customer id.
    let customerIndex: [String: Int32]
    /// Entity index of each customer, by customer index.
    let entityOfCustomer: [Int32]
    /// Entity ids by entity index.
    let entityIDs: [String]

    /// Number of customers labelled.
    public var customerCount: Int { entityOfCustomer.count }
    /// Number of distinct entities.
    public var entityCount: Int { entityIDs.count }

    /// Builds the truth from `(customer id, entity id)` rows.
    /// - Throws: ``TruthError`` with code `duplicateCustomer` if a customer is listed twice, or
    ///   `badRow` for an empty id; `line` is the 1-based position of the row in `rows`.
    public init(rows: some Sequence<(customerID: String, entityID: String)>) throws(TruthError) {
        var builder = Builder()
        for (offset, row) in rows.enumerated() {
            try builder.add(customerID: row.customerID, entityID: row.entityID, line: offset + 1, path: nil)
        }
        self = builder.build()
    }

    /// Builds the truth from a dictionary of customer id → entity id.
    /// - Throws: ``TruthError`` with code `badRow` for an empty id.
    public init(entityByCustomer: [String: String]) throws(TruthError) {
        try self.init(rows: entityByCustomer.sorted(by: { $0.key < $1.key }).map { (customerID: $0.key, entityID: $0.value) })
    }

    init(customerIndex: [String: Int32], entityOfCustomer: [Int32], entityIDs: [String]) {
        self.customerIndex = customerIndex
        self.entityOfCustomer = entityOfCustomer
        self.entityIDs = entityIDs
    }

    /// The entity id of a customer, or `nil` if the truth does not know it.
    public func entityID(of customerID: String) -> String? {
        customerIndex[customerID].map { entityIDs[Int(entityOfCustomer[Int($0)])] }
    }

    /// Interns rows one at a time; shared by the row and CSV initialisers.
    struct Builder {
        var customerIndex: [String: Int32] = [:]
        var entityOfCustomer: [Int32] = []
        var entityIndex: [String: Int32] = [:]
        var entityIDs: [String] = []
        /// Line of each customer's row, for duplicate reports.
        var lineOfCustomer: [Int32] = []

        mutating func reserve(_ count: Int) {
            customerIndex.reserveCapacity(count)
            entityOfCustomer.reserveCapacity(count)
            lineOfCustomer.reserveCapacity(count)
            entityIndex.reserveCapacity(count)
        }

        mutating func add(customerID: String, entityID: String, line: Int, path: String?) throws(TruthError) {
            guard !customerID.isEmpty, !entityID.isEmpty else {
                throw TruthError(code: .badRow, path: path, line: line,
                                 message: "empty \(customerID.isEmpty ? "customer_id" : "entity_id"); every row needs both")
            }
            let next = Int32(entityOfCustomer.count)
            if let existing = customerIndex[customerID] {
                throw TruthError(code: .duplicateCustomer, path: path, line: line,
                                 message: "customer \(customerID) is listed again (first on line \(lineOfCustomer[Int(existing)])); each customer belongs to one entity")
            }
            customerIndex[customerID] = next
            let entity: Int32
            if let known = entityIndex[entityID] {
                entity = known
            } else {
                entity = Int32(entityIDs.count)
                entityIndex[entityID] = entity
                entityIDs.append(entityID)
            }
            entityOfCustomer.append(entity)
            lineOfCustomer.append(Int32(truncatingIfNeeded: line))
        }

        func build() -> GroundTruth {
            GroundTruth(customerIndex: customerIndex, entityOfCustomer: entityOfCustomer, entityIDs: entityIDs)
        }
    }
}

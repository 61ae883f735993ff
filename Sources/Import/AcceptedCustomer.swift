/// A customer that passed every check.
struct AcceptedCustomer: Sendable {
    var id: String
    var franchiseID: String?
    var updatedAt: String?
    var raw: RecordText
}

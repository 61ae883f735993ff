/// The verdict on one record (or one customer of a saved page) after parsing and checks.
enum CheckedRecord: Sendable {
    case accepted(AcceptedCustomer)
    case rejected(RejectedRecord)
}

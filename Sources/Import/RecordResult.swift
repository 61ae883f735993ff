/// What one physical record (line or array element) gave.
enum RecordResult: Sendable {
    case single(CheckedRecord)
    /// A saved `customer_search` page: its customers, in order.
    case page([CheckedRecord])
}

/// What the CRM's change feed (the Sync API's `created` / `updated` / `deleted` events) says
/// about the customers since a cursor.
public enum ChangedCustomers: Sendable, Equatable {
    /// Every customer with an event after the cursor, up to `upTo`, the cursor to ask from next.
    /// A customer not named here is as it was at the cursor.
    case known(ids: Set<String>, upTo: String)
    /// The feed cannot say (no Sync API, no cursor, a cursor older than the feed keeps), and why:
    /// every member must be fetched before its merge.
    case unknown(String)
}

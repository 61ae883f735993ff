import Store

extension ApplyJob {
    /// The change feed's cursor recorded when the store's customers were exported (or last
    /// synced), from which ``ChangeTracker`` asks what changed since: `export` takes it before
    /// it starts reading, so every change to a stored record after it is in the feed.
    ///
    /// Empty text when the feed was empty then (read it from its beginning); nil when no cursor
    /// was recorded (an imported file, or a CRM whose Sync API did not answer), which makes
    /// `apply` fetch every member before its merge, as it always did.
    static func exportChangeCursor(_ store: CustomerStore) throws -> String? {
        guard let state = try store.syncState() else { return nil }
        return state.cursor ?? ""
    }
}

extension BaseURL {
    /// The Sync API's base beside this CRM API base: `…/api/crm/v1` → `…/api/sync/v1` (the
    /// contract's `https://api.tablecheck.com/api/sync/v1`). *Assumed*: a base without
    /// `/crm/v1` at its end serves `/sync_events` itself. `--sync-url` overrides this.
    public var syncAPIBase: BaseURL {
        guard text.hasSuffix("/crm/v1"), let derived = try? BaseURL(String(text.dropLast(7)) + "/sync/v1") else { return self }
        return derived
    }
}

extension Nicknames {
    /// The built-in groups, built once per process: every record table needs them, and a
    /// table of a few records (a `match` query) was paying more for building them than for
    /// its own values.
    public static let standard = Nicknames()
}

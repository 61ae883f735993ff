extension MatchResult {
    /// The value counts this result was weighed with, to keep with its model (see
    /// ``FrozenFrequencies``).
    public func frozenFrequencies() -> FrozenFrequencies {
        comparer.table.frozenFrequencies()
    }
}

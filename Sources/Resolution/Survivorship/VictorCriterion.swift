/// One rule for choosing which member of a cluster survives a merge (the victor).
///
/// The raw values are the names used in the rules file. Criteria are applied in order; a tie
/// falls through to the next one, and ``lowestID`` always ends the list so that the choice never
/// depends on the order in which members arrive.
public enum VictorCriterion: String, Sendable, Hashable, CaseIterable {
    /// More reservations wins: the record staff actually book against is the one to keep.
    case mostReservations = "most_reservations"
    /// The later last visit wins.
    case latestVisit = "latest_visit"
    /// The earlier `created_at` wins: the original record keeps its history and id.
    case oldestCreated = "oldest_created"
    /// The later `updated_at` wins.
    case newestUpdated = "newest_updated"
    /// More non-empty mapped fields wins (names, readings, company, phones, emails, birthday).
    case mostComplete = "most_complete"
    /// The lower id wins (numerically for decimal ids, byte-wise otherwise; 24-hex ObjectIds then
    /// order by creation time). Ids are unique, so this always decides.
    case lowestID = "lowest_id"
}

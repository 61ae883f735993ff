import StoredRuns
/// What an export did, and whether the store matches what the API said it holds.
public struct ExportResult: Sendable {
    public var apiURL: String
    /// Customers stored by this export (since it began, across resumes), each once.
    public var stored: Int
    /// `total_results` of the last page.
    public var totalResults: Int?
    public var pages: Int
    public var received: Int
    /// Customers received by this run alone (the rate is of this run).
    public var receivedThisRun: Int
    public var scrollsStarted: Int
    public var retries: Int
    public var seconds: Double
    /// Customers in the database in all (an earlier import may have added others).
    public var customersInStore: Int
    public var resumed: Bool
    /// Stored customers a full export did not see (deleted in the CRM): moved to the deleted
    /// customers, kept as history.
    public var markedGone: Int = 0

    /// Empty when the stored count matches `total_results`.
    public var warnings: [String] {
        guard let totalResults else { return ["the API did not say how many customers match (no total_results): the count cannot be checked"] }
        if stored == totalResults { return [] }
        if stored < totalResults {
            return ["stored \(group(stored)) customers but the API reported \(group(totalResults)): \(group(totalResults - stored)) missing; "
                    + "run the export again (customers are upserted, nothing is duplicated)"]
        }
        return ["stored \(group(stored)) customers but the API reported \(group(totalResults)): customers were created or deleted during the export"]
    }

    public var text: String {
        let rate = seconds > 0 ? Int(Double(receivedThisRun) / seconds) : 0
        var lines = ["exported \(group(stored)) customers from \(apiURL) in \(fixed(seconds, 1)) s (\(group(rate))/s): "
                     + "\(group(pages)) pages, \(group(received)) received, \(scrollsStarted) scroll(s)"
                     + (retries > 0 ? ", \(group(retries)) retries" : "") + (resumed ? ", resumed" : "")]
        if markedGone > 0 {
            lines.append("\(group(markedGone)) stored customers were not in the CRM any more: marked deleted (kept as history)")
        }
        if let totalResults, stored == totalResults {
            lines.append("check: stored \(group(stored)) = total_results \(group(totalResults)); the store holds \(group(customersInStore)) customers")
        } else {
            lines.append("the store holds \(group(customersInStore)) customers")
        }
        return lines.joined(separator: "\n")
    }
}

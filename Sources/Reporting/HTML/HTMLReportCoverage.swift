/// What a report page carries of the run and what it leaves out, so that it can say so.
///
/// A run of a large base has hundreds of thousands of clusters; a page carrying all of them is
/// a gigabyte no browser opens. The page counts every cluster in its figures and histogram, but
/// carries only the clusters a person should look at first, plus the audit sample.
public struct HTMLReportCoverage: Sendable, Hashable {
    /// Clusters the report covers (in the figures), and how many of them need a person.
    public var total: Int
    public var needingPeople: Int
    /// Clusters whose full detail the page carries (audit sample included).
    public var carried: Int
    /// Of those, how many are in the audit sample.
    public var audited: Int
    /// The `--limit` in force; nil with `--all`.
    public var limit: Int?

    public init(total: Int, needingPeople: Int, carried: Int, audited: Int, limit: Int?) {
        self.total = total
        self.needingPeople = needingPeople
        self.carried = carried
        self.audited = audited
        self.limit = limit
    }

    /// Clusters counted but not carried.
    public var leftOut: Int { max(0, total - carried) }
}

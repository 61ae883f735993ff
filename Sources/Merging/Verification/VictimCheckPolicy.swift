/// How `apply` checks that merged victims are gone (answer 404), once the victor has shown the
/// merge.
///
/// The victor's `merged_customer_ids` is the primary evidence that a merge happened, and it
/// comes free with the PUT's answer. Fetching every victim as well would double the requests of
/// a merge of two, so the victims are checked **later, by sample**: the victims of one merged
/// cluster in every `1 / rate` (the first merge of an apply always), each `delay` after its PUT
/// or at the end of the apply if that comes first, so that a CRM completing merges
/// asynchronously has had time. A sampled victim still answering after `--verify-timeout` more
/// makes its cluster `unverified` (checked again by the next apply), and from then on every
/// merged cluster's victims are checked: a CRM that keeps victims alive is worth knowing about
/// in full.
public struct VictimCheckPolicy: Sendable, Equatable {
    /// `--check-victims`: the fraction of merged clusters whose victims are fetched (0 to 1).
    public var rate: Double
    /// How long after its PUT a sampled cluster's victims are checked at the earliest.
    public var delay: Duration

    public init(rate: Double = 0.05, delay: Duration = .seconds(10)) {
        self.rate = rate
        self.delay = delay
    }

    /// Every how many merges one is sampled (`Int.max`: none).
    var every: Int {
        rate <= 0 ? Int.max : max(1, Int((1 / rate).rounded()))
    }

    /// As the summary and the journal say it.
    var description: String {
        if rate <= 0 { return "victims' 404s not checked (--check-victims 0)" }
        if every == 1 { return "every cluster's victims checked for 404 after the merge" }
        return "victims checked for 404 by sample: 1 merged cluster in \(every), later"
    }
}

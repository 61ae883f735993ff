import Support

/// The lines under a report's overview that say what the page left out and where to find it,
/// and what the audit says of the auto-merges. Fixed text and figures only, all escaped.
struct HTMLCoverageSection {
    let coverage: HTMLReportCoverage
    let audit: HTMLAuditFigures?
    let runID: Int64

    func render() -> String {
        var s = "<section class=\"coverage\" id=\"coverage\">\n"
        let c = coverage
        if c.leftOut == 0 {
            s += p("This page carries all \(n(c.total)) clusters of the report.")
        } else {
            var carried = "This page carries \(n(c.carried)) of the \(n(c.total)) clusters counted above: "
            let needing = min(c.needingPeople, c.carried - c.audited)
            let autoMerges = c.carried - c.audited - needing
            carried += needing == c.needingPeople
                ? "all \(n(needing)) that need a person (review band and held back)"
                : "the \(n(needing)) least confident of the \(n(c.needingPeople)) that need a person (review band and held back)"
            if autoMerges > 0 { carried += ", the \(n(autoMerges)) least confident auto-merges" }
            if c.audited > 0 { carried += ", and the \(n(c.audited)) of the audit sample" }
            s += p(carried + ".")
            s += p("Left out: \(n(c.leftOut)) clusters. See every cluster in `tcdedupe review` (paged, searchable), "
                + "in the CSV or JSON report (`tcdedupe report --format csv` or `--format json`), or in a page of them all "
                + "(`tcdedupe report --format html --all`, large)" + (c.limit.map { "; `--limit N` carries more than \(n($0))" } ?? "") + ".")
        }
        s += "</section>\n"
        s += "<section class=\"coverage audit\" id=\"audit\">\n"
        if let a = audit, a.sampled > 0 {
            if let precision = a.precision, let low = a.low, let high = a.high {
                s += p("Audit of the auto-merges: \(n(a.decided)) of \(n(a.sampled)) sampled clusters judged, \(n(a.correct)) correct. "
                    + "Estimated precision \(percent(precision)) (95 % interval \(percent(low)) – \(percent(high))).")
            } else {
                s += p("Audit of the auto-merges: \(n(a.sampled)) clusters sampled, none judged yet. "
                    + "Judge them with `tcdedupe decide` or in `tcdedupe review`; “Show: audit sample” lists them here.")
            }
        } else {
            s += p("No audit of the auto-merges yet: `tcdedupe audit --sample 200` draws a random sample for people to judge "
                + "and estimates how many auto-merges are right.")
        }
        s += "</section>\n"
        return s
    }

    private func p(_ text: String) -> String { "<p>\(HTMLText.escape(text))</p>\n" }
    private func n(_ x: Int) -> String { NumberText.grouped(x) }
    private func percent(_ x: Double) -> String { NumberText.fixed(x * 100, digits: 1) + " %" }
}

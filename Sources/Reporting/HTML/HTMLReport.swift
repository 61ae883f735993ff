import CRMModel
import Resolution

/// The self-contained HTML report (`tcdedupe report --format html`) and the page of the review
/// server: one file, inline CSS and script, no network access.
///
/// The markup holds only figures and fixed text; the clusters travel as one JSON block the
/// script renders with `textContent`, so a customer named `<img src=x onerror=...>` is shown as
/// those characters. A Content-Security-Policy with a per-page nonce allows only the page's own
/// script to run, as a second line of defence.
public enum HTMLReport {
    /// The whole page.
    public static func page(_ merges: [SuggestedMerge], context: HTMLReportContext,
                            marks: [Int: ReviewMark] = [:]) -> String {
        HTMLPage(merges: merges, context: context, marks: marks, nonce: randomNonce()).render()
    }

    /// Writes the page to `path` (under a temporary name until complete).
    public static func write(_ merges: [SuggestedMerge], context: HTMLReportContext, to path: String) throws(ReportError) {
        let file = try ReportFile(path: path)
        var bytes = Array(page(merges, context: context).utf8)
        try file.drain(&bytes, force: true)
        try file.commit()
    }

    /// Writes the page of a large run to `path`: the figures count every cluster, the page
    /// carries `merges` (those a person should look at, and the audit sample) and says what it
    /// left out (see ``HTMLReportExtras``).
    public static func write(_ merges: [SuggestedMerge], context: HTMLReportContext, extras: HTMLReportExtras,
                             marks: [Int: ReviewMark] = [:], to path: String) throws(ReportError) {
        let file = try ReportFile(path: path)
        var bytes = Array(HTMLPage(merges: merges, context: context, marks: marks, nonce: randomNonce(), extras: extras).render().utf8)
        try file.drain(&bytes, force: true)
        try file.commit()
    }

    /// 128 random bits as hex: the CSP nonce of one page.
    static func randomNonce() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<2).map { _ in
            let v = generator.next() as UInt64
            let hex = String(v, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }
}

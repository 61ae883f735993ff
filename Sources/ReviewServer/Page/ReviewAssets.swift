import Reporting

/// The review page's script and style, `review.js` and `review.css` beside this file, embedded
/// in the binary by SwiftPM; the script is assembled with the cluster card it shares with the
/// report (``CardScript``). Plain ES2017, no libraries; data reaches the screen only through
/// `textContent` and DOM properties, never `innerHTML`.
enum ReviewAssets {
    static let js = CardScript.assembled(page: String(decoding: PackageResources.review_js, as: UTF8.self))
    /// The report's sheet (the cluster cards look the same in both), then the review page's own
    /// rules: progress, reviewer, leases.
    static let css = ReportStyle.css + "\n" + String(decoding: PackageResources.review_css, as: UTF8.self)
}

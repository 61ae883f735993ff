/// The report page's script, `report.js` beside this file, embedded in the binary by SwiftPM,
/// assembled with the card parts it shares with the review page (``CardScript``). Plain
/// ES2017, no libraries.
///
/// Data reaches the screen only through `textContent` and DOM properties, never `innerHTML`.
enum ReportScript {
    static let source = CardScript.assembled(page: String(decoding: PackageResources.report_js, as: UTF8.self))
}

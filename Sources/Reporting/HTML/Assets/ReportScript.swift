/// The page's script, `report.js` beside this file, embedded in the binary by SwiftPM: one
/// function body (state and navigation, the cluster card, evidence, review actions). Plain
/// ES2017, no libraries.
///
/// Data reaches the screen only through `textContent` and DOM properties, never `innerHTML`.
enum ReportScript {
    static let source = String(decoding: PackageResources.report_js, as: UTF8.self)
}

/// The page's stylesheet, `report.css` beside this file, embedded in the binary by SwiftPM so
/// the report stays one self-contained file (system fonts only).
enum ReportStyle {
    /// The sheet without the file's final line break: the page closes `</style>` right after
    /// the last rule.
    static let css: String = {
        var text = String(decoding: PackageResources.report_css, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }()
}

/// The page's stylesheet, `report.css` beside this file, embedded in the binary by SwiftPM so
/// the report stays one self-contained file (system fonts only). The review page draws the same
/// cluster cards and uses the same sheet, adding only its own few rules.
public enum ReportStyle {
    /// The sheet without the file's final line break: the page closes `</style>` right after
    /// the last rule.
    public static let css: String = {
        var text = String(decoding: PackageResources.report_css, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }()
}

import Import
import Store
import StoredRuns

/// `tcdedupe import`: a customer export file into the store.
struct ImportJob: Sendable {
    var file: String
    var databasePath: String
    var rejectsPath: String?

    init(file: String, databasePath: String, rejectsPath: String?) {
        self.file = file
        self.databasePath = databasePath
        self.rejectsPath = rejectsPath
    }

    struct Result: Sendable {
        var summary: ImportSummary
        var customersInStore: Int
        var rejected: Int { summary.rejected }

        var text: String {
            let s = summary
            let seconds = Double(s.duration.components.seconds) + Double(s.duration.components.attoseconds) * 1e-18
            let rate = seconds > 0 ? Int(Double(s.imported + s.rejected) / seconds) : 0
            var lines = ["imported \(group(s.imported)) customers from \(s.path) (\(s.format.rawValue)): \(group(s.inserted)) new, "
                         + "\(group(s.updated)) updated, "
                         + (s.duplicateIDs > 0 ? "\(group(s.duplicateIDs)) duplicate id\(s.duplicateIDs == 1 ? "" : "s") (the last kept), " : "")
                         + "\(group(s.rejected)) rejected, in \(fixed(seconds, 1)) s (\(group(rate))/s); "
                         + "the store now holds \(group(customersInStore))"]
            for r in s.rejects.prefix(10) { lines.append("  rejected line \(r.line): \(r.reason)") }
            if s.rejected > 10 { lines.append("  ... and \(group(s.rejected - 10)) more") }
            for w in s.warnings { lines.append("  warning: \(w)") }
            return lines.joined(separator: "\n")
        }
    }

    func run(progress: (@Sendable (String) -> Void)?) throws -> Result {
        var options = ImportOptions()
        options.rejectsPath = rejectsPath
        let done = try CustomerFileImporter.importFile(at: file, intoDatabaseAt: databasePath, options: options, progress: progress.map { say in
            { (p: ImportProgress) in
                let percent = p.totalBytes > 0 ? Int(Double(p.bytesRead) * 100 / Double(p.totalBytes)) : 0
                say("importing: \(group(p.records)) records read (\(percent)% of the file), \(group(p.rejected)) rejected")
            }
        })
        return Result(summary: done.summary, customersInStore: done.customersInStore)
    }
}

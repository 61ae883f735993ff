import ArgumentParser
import Pipeline
import StoredRuns

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the suggested merges of a run as CSV, JSON or a self-contained HTML page.",
        discussion: """
        CSV: one row per member of each cluster (header cluster_id,customer_id,role,victor_id,\
        confidence,match_weight,first_name,last_name,phones,emails); cells a spreadsheet would run \
        as a formula are prefixed with '. JSON: one object per cluster with the exact PUT that \
        would merge it and the evidence per pair. HTML: one file for people (no network needed): \
        overview, then each cluster side by side with the merged record and the evidence. \
        The HTML figures and histogram count every cluster, but the page carries in full only the \
        clusters a person should look at first (those needing review or held back by the guard, \
        least confident first: 2,000 by default, --limit N, --all for every cluster) plus the \
        audit sample (`tcdedupe audit`); it says what it left out. CSV and JSON carry every \
        cluster and are written one cluster at a time, so memory stays flat at any size. \
        The CSV starts with a UTF-8 byte order mark (for Excel on Japanese Windows) unless --no-bom.
        """
    )

    @Option(help: "csv, json or html.")
    var format: ReportFormat

    @Option(help: ArgumentHelp("Output file (- for standard output).", valueName: "path"))
    var out: String

    @OptionGroup var database: DatabaseOption

    @Option(name: .customLong("run"), help: "Run id (default: the latest run).")
    var runID: Int64?

    @Option(name: .customLong("min-confidence"), help: "Only clusters at or above this confidence (0...1).")
    var minConfidence: Double?

    @Flag(name: .customLong("auto-merge-only"), help: "Only the clusters `apply --auto` would merge.")
    var autoMergeOnly = false

    @Flag(inversion: .prefixedNo, help: ArgumentHelp(
        "CSV: start with a UTF-8 byte order mark (default: on).",
        discussion: "Excel on Japanese Windows needs it to read names as UTF-8; --no-bom for tools that do not expect one."))
    var bom = true

    @Option(help: ArgumentHelp("HTML: carry at most this many clusters in full (default 2,000), besides the audit sample.",
                               valueName: "n"))
    var limit: Int?

    @Flag(help: "HTML: carry every cluster (a page of a large run may be too big for a browser).")
    var all = false

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more") }
        if all && limit != nil { throw ValidationError("--all carries every cluster; leave out --limit") }
        if (all || limit != nil) && format != .html { throw ValidationError("--limit and --all apply to --format html; CSV and JSON carry every cluster") }
        if let m = minConfidence, !(0...1).contains(m) { throw ValidationError("--min-confidence must be between 0 and 1") }
    }

    func run() throws {
        try CLI.perform {
            var job = ReportJob(databasePath: database.resolvedPath, runID: runID, format: format,
                                outputPath: out, minimumConfidence: minConfidence,
                                autoMergeOnly: autoMergeOnly, byteOrderMark: bom)
            job.htmlLimit = all ? nil : limit ?? ReportJob.defaultHTMLLimit
            let written = try job.run()
            var line = "wrote \(written.clusters) cluster(s), \(written.members) member(s) of run \(written.runID) to \(out)"
            if let weights = written.weightsStatement { line += " (\(weights))" }
            if written.leftOut > 0 {
                line += " (\(written.leftOut) more counted in its figures but left out: --all, or the CSV/JSON report, or tcdedupe review)"
            }
            // With `--out -` the report is standard output, so the note goes to stderr.
            if out == "-" { CLI.note(line) } else { CLI.say(line) }
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}

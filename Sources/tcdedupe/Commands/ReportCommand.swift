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

    func validate() throws {
        if let m = minConfidence, !(0...1).contains(m) { throw ValidationError("--min-confidence must be between 0 and 1") }
    }

    func run() throws {
        try CLI.perform {
            let written = try ReportJob(databasePath: database.resolvedPath, runID: runID, format: format,
                                        outputPath: out, minimumConfidence: minConfidence,
                                        autoMergeOnly: autoMergeOnly, byteOrderMark: bom).run()
            let line = "wrote \(written.clusters) cluster(s), \(written.members) member(s) of run \(written.runID) to \(out)"
                + (written.weightsStatement.map { " (\($0))" } ?? "")
            // With `--out -` the report is standard output, so the note goes to stderr.
            if out == "-" { CLI.note(line) } else { CLI.say(line) }
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}

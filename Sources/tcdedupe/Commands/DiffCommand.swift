import ArgumentParser
import StoredRuns

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between the clusters of two runs.",
        discussion: """
        Clusters are matched by the customers they share, not by their ids, so any two runs \
        compare: those of two days, or the live run and a dry run of other rules \
        (`tcdedupe run --rules FILE --dry-run`). Each group of clusters linked by shared \
        customers counts once, as new, grown, shrunk, gained and lost, split, joined, \
        regrouped, gone, other victor, other band (same members and victor, another confidence \
        band or auto-merge verdict) or unchanged, with the largest groups as examples.

        Defaults: --to the latest finished live run, --from the live run before it (or, when \
        --to is a dry run, the latest live run). Reads the store only.

          tcdedupe diff
          tcdedupe diff --to dry-run
          tcdedupe diff --from 3 --to 7 --json
        """
    )

    @OptionGroup var database: DatabaseOption

    @Option(help: ArgumentHelp("The older run: an id, `latest` or `dry-run` (default: see above).", valueName: "run"))
    var from: String?

    @Option(help: ArgumentHelp("The newer run: an id, `latest` or `dry-run` (default: the latest finished live run).",
                               valueName: "run"))
    var to: String?

    @Option(help: ArgumentHelp("Examples shown per kind of change (0: counts only).", valueName: "n"))
    var examples = 3

    @Flag(help: "One JSON object: the runs, counts per change and the examples' clusters with members.")
    var json = false

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, RunReference(value) == nil {
                throw ValidationError("\(name) \(value): give a run id, `latest` or `dry-run`")
            }
        }
        guard examples >= 0 else { throw ValidationError("--examples \(examples): give 0 or more") }
    }

    func run() throws {
        try CLI.perform {
            let job = DiffJob(databasePath: database.resolvedPath, from: from.flatMap(RunReference.init),
                              to: to.flatMap(RunReference.init), examplesPerChange: examples)
            let diff = try job.run()
            CLI.say(json ? diff.jsonText : diff.text)
        }
    }
}

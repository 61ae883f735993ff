import ArgumentParser
import Pipeline
import StoredRuns

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Draw a random sample of a run's auto-merges for people to judge, and estimate how many are right.",
        discussion: """
        Nothing else tells how good the auto-merges are before `apply --auto` merges them: a \
        real base has no ground truth. This draws a seeded uniform random sample of the run's \
        auto-merge clusters (stored in the database), lists it, and shows the estimate so far. \
        Judge each sampled cluster like any other: `tcdedupe decide --cluster ID approve` when \
        the merge is right, `reject` when it is wrong (a rejected cluster is then left out of \
        `apply --auto`), or in `tcdedupe review`. The estimate is the share of judged clusters \
        approved unchanged, with a 95 % Wilson interval; `status` and `apply --auto` show it, and \
        `apply --auto --require-audit 0.98` refuses to start while its lower bound is below 0.98.

        Running it again with the same seed gives the same sample; a larger --sample extends it \
        (the clusters already judged stay in it).

          tcdedupe audit --sample 200
          tcdedupe audit --sample 200 --json > audit.json
          tcdedupe decide --cluster 4711 approve
          tcdedupe audit --sample 400        # 200 more, same seed
        """
    )

    @Option(help: ArgumentHelp("How many auto-merge clusters the sample holds (it only grows).", valueName: "n"))
    var sample: Int

    @Option(help: ArgumentHelp("Seed of the random draw (default: the seed of the run's sample, else a random one, printed).",
                               valueName: "s"))
    var seed: UInt64?

    @OptionGroup var database: DatabaseOption

    @Option(name: .customLong("run"), help: "Run id (default: the latest finished run).")
    var runID: Int64?

    @Flag(help: "Print the sample as a JSON array of {cluster_id, position, confidence, members, verdict, reviewer}.")
    var json = false

    func validate() throws {
        if sample < 1 { throw ValidationError("--sample must be at least 1") }
    }

    func run() throws {
        try CLI.perform {
            let result = try AuditJob(databasePath: database.resolvedPath, runID: runID, sampleSize: sample, seed: seed).run()
            if json {
                CLI.say(result.json.prettySerialized())
                CLI.note(result.estimate.text)
            } else {
                CLI.say(result.text)
            }
        }
    }
}

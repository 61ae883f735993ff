import ArgumentParser

struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Find the likely duplicates of customer records among a finished run's customers.",
        discussion: """
        The building block of a duplicate check at booking time: give it the customer a booking \
        is about to create (or change), and it answers with the customers of the base that \
        are probably the same person, in milliseconds, without running the matcher over the \
        whole base.

        It reads the standing index that every `tcdedupe run` stores beside its results: the \
        blocking keys of every customer, the run's model and the base's value frequencies. A \
        record is normalized, blocked and scored exactly as that run would have scored it as \
        one more customer, so the weights and the evidence (level and weight per comparison, \
        the same explanation the reports show) are the run's. Candidates are read from the \
        store as they are now; a customer deleted since the run is skipped. Only a full run writes \
        the index; each incremental run (`tcdedupe run` after `sync`) stores what changed since \
        it, and match searches that too: customers created or edited since are found as they \
        are now, and not through the keys they had. Changes made after the newest run are not \
        searched: the output counts them ("unsearched_changes", and a line on stderr); run \
        `tcdedupe run` to include them. The model is the last full run's.

        Input: one customer JSON object on standard input (or --file), a JSON array of them, or \
        JSON Lines. Give its "franchise_id": as in a run, customers of two franchises are never \
        compared, so a record without one meets only customers without one. A record needs no \
        "id"; one whose id is a customer of the base is not reported as its own duplicate. Output (stdout): one JSON document (the index's "run_id", the \
        "overlay_run_id" of the incremental run whose changes it adds, "unsearched_changes") with each record's \
        duplicates, highest match weight first, each with its probability and whether it is \
        over the review and auto-merge thresholds. The store is only read.

          echo '{"franchise_id":"f1","last_name":"田中","first_name":"太郎","phones":["090-1234-5678"]}' | tcdedupe match
          tcdedupe match --file bookings.jsonl --min-probability 0.9 --limit 3
          tcdedupe match --run 12 < customer.json
        """
    )

    @Option(help: ArgumentHelp("Read the records from this file (JSON object, array, or JSON Lines) instead of standard input.",
                               valueName: "path"))
    var file: String?

    @Option(help: ArgumentHelp("Leave out duplicates below this probability, 0...1 (default: the run's review threshold).",
                               valueName: "p"))
    var minProbability: Double?

    @Option(help: ArgumentHelp("At most this many duplicates per record, the likeliest first (default: all).", valueName: "n"))
    var limit: Int?

    @OptionGroup var database: DatabaseOption

    @Option(name: .customLong("run"), help: "Run whose standing index to use (default: the newest full run; incremental runs keep their full run's index).")
    var runID: Int64?

    func validate() throws {
        if let minProbability, !(0...1).contains(minProbability) {
            throw ValidationError("--min-probability must be between 0 and 1; got \(minProbability)")
        }
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1; got \(limit)") }
    }

    func run() throws {
        try CLI.perform {
            let result = try MatchJob(databasePath: database.resolvedPath, runID: runID, inputPath: file,
                                      minimumProbability: minProbability, limit: limit).run()
            CLI.say(result.prettySerialized())
        }
    }
}

import ArgumentParser
import Pipeline
import Reviewing

struct DecideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Approve or reject one suggested merge from the command line (as the review page does).",
        discussion: """
        tcdedupe decide --cluster 12 approve
        tcdedupe decide --cluster 13 reject --reviewer hanako
        tcdedupe decide --key 5f1c0a... approve     (the cluster's stable key, as in reports)
        Rejecting pins the members apart for every later run (see `tcdedupe pins`).
        `reset` forgets the decision and any edit made on the review page.
        """
    )

    @Option(help: "The cluster id of this run (as in the report).")
    var cluster: Int?

    @Option(help: ArgumentHelp("The cluster's stable key instead (`cluster_key` in reports: the id of its oldest member), the same in every run.",
                               valueName: "customer-id"))
    var key: String?

    @Argument(help: "approve, reject or reset.")
    var decision: ReviewAction

    @OptionGroup var database: DatabaseOption

    @Option(name: .customLong("run"), help: "Run id (default: the latest run).")
    var runID: Int64?

    @Option(help: "Name recorded with the decision (default: $TCDEDUPE_REVIEWER, else $USER).")
    var reviewer: String?

    func validate() throws {
        if (cluster == nil) == (key == nil) { throw ValidationError("give either --cluster ID or --key KEY") }
    }

    func run() throws {
        try CLI.perform {
            let board = try ReviewBoard(databasePath: database.resolvedPath, runID: runID)
            let cluster = try self.cluster ?? board.clusterID(key: key ?? "")
            let name = ReviewerName.resolve(explicit: reviewer)
            try board.decide(cluster, decision, reviewer: name)
            let merge = try board.merge(cluster)
            let verdict = try board.decision(cluster)?.verdict.rawValue ?? "undecided (reset)"
            CLI.say("cluster \(cluster) of run \(board.runID): \(verdict) by \(name) "
                  + "(victor \(merge.plan.victorID), \(merge.plan.victimIDs.count) victim(s))")
        }
    }
}

extension ReviewAction: ExpressibleByArgument {}

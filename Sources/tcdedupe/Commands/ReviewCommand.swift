import ArgumentParser
import Pipeline
import ReviewServer
import Reviewing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct ReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Serve a page where a person approves, rejects or edits the suggested merges.",
        discussion: """
        Opens a local web server for one run (default: the latest) and prints the page's address, \
        which carries a random token: only someone with that address can see or decide anything. \
        The page shows the review queue (clusters that need a person, least confident first; \
        also biggest first or by franchise), ten at a time held for that browser so several \
        reviewers never get the same cluster, and can browse and search all clusters by name \
        (any script), phone (any format), email or id; the audit sample is a queue too. \
        Clusters are read from the database a page at a time, so it starts at once on any run; \
        the run's search keys are built once, in the background, the first time. \
        Decisions (approve, reject, another victor, a member removed) are stored in the database \
        with the reviewer's name and the time, at once; `apply --approved` merges the approved ones. \
        Keys on the page: a approve, r reject, s skip, u undo, j/n next, k/p previous, [/] pages, / search.
        """
    )

    @OptionGroup var database: DatabaseOption

    @Option(name: .customLong("run"), help: "Run id (default: the latest run).")
    var runID: Int64?

    @Option(help: "Address to listen on. Anything but loopback exposes customer data to the network.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (0: any free port).")
    var port = 8080

    @Option(help: "Name recorded with each decision (default: $TCDEDUPE_REVIEWER, else $USER); each reviewer can set their own on the page.")
    var reviewer: String?

    func validate() throws {
        if !(0...65_535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        try await CLI.performAsync {
            if !["127.0.0.1", "localhost", "::1"].contains(host) {
                CLI.warn("listening on \(host): anyone who can reach it and has the address sees customer data")
            }
            let server = try await ReviewServer.start(ReviewServerConfiguration(
                databasePath: database.resolvedPath, runID: runID, host: host, port: port,
                reviewer: ReviewerName.resolve(explicit: reviewer)))
            CLI.say("reviewing run \(server.runID); open \(server.url)")
            CLI.say("decisions are saved as you make them; Ctrl-C stops the server")
            fflush(nil)  // the address must show at once, even when stdout is a pipe or a file
            try await server.wait()
        }
    }
}

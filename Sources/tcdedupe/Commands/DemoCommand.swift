import ArgumentParser
import Pipeline

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Generate a sample base, import it, run, and write the reports into a folder.",
        discussion: "Everything lands in the output folder: the data, its truth, the SQLite store and the reports."
    )

    @Option(help: "Number of generated customers.")
    var customers: Int = 20_000

    @Option(help: "Random seed of the generated base.")
    var seed: UInt64 = 7

    @Option(help: ArgumentHelp("Output folder.", valueName: "dir"))
    var out: String = "tcdedupe-demo"

    @OptionGroup var threads: ThreadsOption

    func validate() throws {
        if customers < 10 { throw ValidationError("--customers must be at least 10") }
    }

    func run() throws {
        try CLI.perform {
            let demo = Demo(folder: out, customers: customers, seed: seed, threads: threads.resolved)
            try demo.run(progress: CLI.progressLine, say: { CLI.finishProgress(); CLI.say($0) })
        }
    }
}

import ArgumentParser
import Parallelism

/// `--threads N`, shared by `run` and `demo` so that both accept the same values.
///
/// The range is checked once, here: 0 or a negative count is meaningless, and a count far above
/// the cores only adds threads that wait (100,000 of them would exhaust the process's memory
/// for stacks before doing any work), so it is refused rather than reported as if it were used.
struct ThreadsOption: ParsableArguments {
    /// The most worker threads a run may use.
    static let maximum = 256

    @Option(help: ArgumentHelp("Worker threads, 1...\(Self.maximum) (default: all cores).", valueName: "n"))
    var threads: Int?

    func validate() throws {
        if let threads, !(1...Self.maximum).contains(threads) {
            throw ValidationError("--threads must be between 1 and \(Self.maximum) (this machine has \(ProcessorCount.online) cores); got \(threads)")
        }
    }

    /// The count to use: the one given, else every core.
    var resolved: Int { threads ?? ProcessorCount.online }
}

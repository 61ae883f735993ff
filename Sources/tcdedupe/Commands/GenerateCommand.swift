import ArgumentParser
import Pipeline

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate a synthetic customer base with ground truth.",
        discussion: """
        Japanese and international customers shaped like CRM API objects, with realistic \
        duplicates (kanji vs kana vs romaji, swapped names, typos, full-width characters, national \
        vs E.164 phones, changed contacts) and hard negatives (families sharing a phone, common \
        names, shared concierge phones, placeholder names). Deterministic per seed.
        """
    )

    @Option(help: "Number of customer records.")
    var customers: Int

    @Option(help: "Random seed (the same seed gives the same file).")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Customers, one JSON object per line (- for standard output).", valueName: "file.jsonl"))
    var out: String

    @Option(help: ArgumentHelp("Ground truth: customer_id,entity_id.", valueName: "file.csv"))
    var truth: String

    func validate() throws {
        if customers < 1 { throw ValidationError("--customers must be at least 1") }
        if out == "-" && truth == "-" { throw ValidationError("--out and --truth cannot both be standard output (-)") }
    }

    func run() throws {
        try CLI.perform {
            let summary = try GenerateJob(customers: customers, seed: seed, outputPath: out, truthPath: truth).run()
            // With a file on standard output (`-`), the summary goes to stderr.
            if out == "-" || truth == "-" { CLI.note(String(describing: summary)) } else { CLI.say(String(describing: summary)) }
        }
    }
}

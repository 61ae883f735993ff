import ArgumentParser
import Pipeline

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Print the built-in rules, or check a rules file.",
        discussion: "Start a custom file with: tcdedupe rules --print-default > my-rules.yaml"
    )

    @Flag(name: .customLong("print-default"), help: "Write the built-in default rules (YAML, with comments) to stdout.")
    var printDefault = false

    @Option(help: ArgumentHelp("Check this rules file and say what it sets.", valueName: "file"))
    var check: String?

    func validate() throws {
        if printDefault == (check != nil) { throw ValidationError("give either --print-default or --check FILE") }
    }

    func run() throws {
        try CLI.perform {
            if printDefault {
                print(Workspace.defaultRulesText, terminator: "")
            } else if let check {
                let rules = try Workspace.loadRules(path: check)
                CLI.say("\(check): valid (version \(rules.version), \(rules.matching.comparisons.count) comparisons, "
                      + "\(rules.matching.blockingRules.count) blocking rules, fingerprint \(rules.fingerprint))")
            }
        }
    }
}

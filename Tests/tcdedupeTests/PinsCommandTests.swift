import Foundation
import Store
import Testing

/// `tcdedupe pins`, `decide --key`, and pins holding across sync-and-run rounds, as the real binary.
@Suite("Never-merge pins from the command line", .serialized)
struct PinsCommandTests {
    static let key = "tc-pins-key-51d0e7a2"

    private func json(_ output: CLIRunner.Output) throws -> [String: Any] {
        #expect(output.status == 0, "\(output.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    }

    private func pins(_ cli: CLIRunner, _ extra: [String] = []) throws -> [[String: Any]] {
        try json(try cli.run(["pins", "list", "--db", "store.sqlite", "--json"] + extra))["pins"] as? [[String: Any]] ?? []
    }

    /// The clusters of the latest run, from the JSON report.
    private func clusters(_ cli: CLIRunner) throws -> [[String: Any]] {
        let report = try cli.run(["report", "--db", "store.sqlite", "--format", "json", "--out", "report.json"])
        #expect(report.status == 0, "\(report.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: cli.path("report.json")))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    }

    private static func members(_ cluster: [String: Any]) -> Set<String> {
        Set([cluster["victor_id"] as? String ?? ""] + (cluster["victim_ids"] as? [String] ?? []))
    }

    @Test("pins add, list (text, JSON, by customer, with history) and remove by pair or id")
    func addListRemove() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write(#"{"id":"a1","first_name":"Taro"}"# + "\n" + #"{"id":"a2","first_name":"Jiro"}"# + "\n"
                      + #"{"id":"a3","first_name":"Saburo"}"# + "\n", to: "three.jsonl")
        #expect(try cli.run(["import", "three.jsonl", "--db", "store.sqlite", "--quiet"]).status == 0)
        #expect(try cli.run(["pins", "list", "--db", "store.sqlite"]).stdout.contains("no pins"))

        let added = try cli.run(["pins", "add", "a2", "a1", "--note", "twins", "--reviewer", "ops", "--db", "store.sqlite"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("pinned: pin 1: a1 never with a2 (operator by ops"))
        #expect(try cli.run(["pins", "add", "a1", "a2", "--db", "store.sqlite"]).stdout.contains("already pinned"))
        #expect(try cli.run(["pins", "add", "a1", "a3", "--db", "store.sqlite"]).status == 0)

        let listed = try pins(cli)
        #expect(listed.count == 2)
        #expect(listed.last?["note"] as? String == "twins")
        #expect(try pins(cli, ["--customer", "a3"]).map { $0["customer_b"] as? String } == ["a3"])

        let removed = try cli.run(["pins", "remove", "a2", "a1", "--db", "store.sqlite"])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stdout.hasPrefix("lifted: pin 1"))
        let other = try #require(listed.first { $0["customer_b"] as? String == "a3" }?["id"] as? Int)
        let byID = try cli.run(["pins", "remove", "\(other)", "--db", "store.sqlite"])
        #expect(byID.status == 0, "\(byID.stderr)")
        #expect(try pins(cli).isEmpty)
        let history = try pins(cli, ["--all"])
        #expect(history.count == 2 && history.allSatisfy { $0["lifted_at"] is String })

        let again = try cli.run(["pins", "remove", "\(other)", "--db", "store.sqlite"])
        #expect(again.status == 1)
        #expect(again.stderr.split(separator: "\n").count == 1 && again.stderr.contains("already lifted"))
        #expect(try cli.run(["pins", "remove", "x", "--db", "store.sqlite"]).status != 0)
        #expect(try cli.run(["pins", "--help"]).stdout.contains("pins list"))
    }

    @Test("a rejected cluster's pairs are never suggested again over 3 sync-and-run rounds")
    func pinsHoldOverSyncRounds() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let rules = try cli.writeFastRules()
        #expect(try cli.run(["generate", "--customers", "300", "--seed", "8", "--out", "base.jsonl", "--truth", "truth.csv"]).status == 0)
        let sandbox = try SandboxProcess(cli: cli, arguments: ["--data", "base.jsonl", "--api-key", Self.key])
        defer { sandbox.stop() }
        let environment = ["TABLECHECK_API_KEY": Self.key]
        func api(_ command: String) throws {
            let out = try cli.run([command, "--api-url", sandbox.url, "--db", "store.sqlite", "--retry-base-ms", "5", "--rate", "300"],
                                  environment: environment)
            #expect(out.status == 0, "\(command): \(out.stderr)")
        }
        func run() throws {
            let out = try cli.run(["run", "--db", "store.sqlite", "--rules", rules, "--quiet"])
            #expect(out.status == 0, "\(out.stderr)")
        }
        try api("export")
        try run()

        // Reject the biggest cluster, named by its stable key.
        let first = try clusters(cli)
        let rejected = try #require(first.max { Self.members($0).count < Self.members($1).count })
        let key = try #require(rejected["cluster_key"] as? String)
        #expect(Self.members(rejected).contains(key))
        let decided = try cli.run(["decide", "--key", key, "reject", "--reviewer", "hanako", "--db", "store.sqlite"])
        #expect(decided.status == 0, "\(decided.stderr)")
        let pinned = try pins(cli).map { Set([$0["customer_a"] as? String ?? "", $0["customer_b"] as? String ?? ""]) }
        let n = Self.members(rejected).count
        #expect(pinned.count == n * (n - 1) / 2)

        for round in 1...3 {
            #expect(try sandbox.simulateChanges(#"{"changes": 40, "merges": 2, "seed": \#(round)}"#, apiKey: Self.key))
            try api("sync")
            try run()
            for cluster in try clusters(cli) {
                let members = Self.members(cluster)
                #expect(!pinned.contains { $0.isSubset(of: members) }, "round \(round): a pinned pair was suggested in \(members)")
            }
        }
        #expect(try pins(cli).count == pinned.count)
        // The check above meant something: pinned pairs are still both in the base after the rounds.
        let store = try CustomerStore(path: cli.path("store.sqlite"))
        #expect(try pinned.contains { pair in try pair.allSatisfy { try store.customer(id: $0) != nil } })
        let status = try cli.run(["status", "--db", "store.sqlite"])
        #expect(status.stdout.contains("\(pinned.count) never-merge pin"))
    }
}

import Foundation
import Store
import Testing

/// `tcdedupe sync` against `tcdedupe sandbox`, both as the real binary.
@Suite("Syncing from the Sync API", .serialized)
struct SyncTests {
    static let key = "tc-sync-key-8a2c41f0"

    private func api(_ cli: CLIRunner, _ command: String, _ sandbox: SandboxProcess, db: String = "store.sqlite",
                     _ extra: [String] = [], environment: [String: String] = [:]) throws -> CLIRunner.Output {
        try cli.run([command, "--api-url", sandbox.url, "--db", db, "--retry-base-ms", "5", "--rate", "300"] + extra,
                    environment: ["TABLECHECK_API_KEY": Self.key].merging(environment) { $1 })
    }

    /// Changes made by others, through the sandbox's admin call.
    private func simulate(_ sandbox: SandboxProcess, _ body: String) throws {
        #expect(try sandbox.simulateChanges(body, apiKey: Self.key))
    }

    /// Live customers' raw JSON by id.
    private func customers(_ cli: CLIRunner, _ db: String) throws -> [String: String] {
        let store = try CustomerStore(path: cli.path(db))
        return Dictionary(uniqueKeysWithValues: try store.loadCustomersRaw().map { ($0.id, $0.raw) })
    }

    @Test("killed after its first batch under 500s, drops and 429s, sync run again ends equal to a fresh export of the CRM")
    func killedSyncConverges() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["generate", "--customers", "300", "--seed", "5", "--out", "base.jsonl", "--truth", "truth.csv"]).status == 0)
        let sandbox = try SandboxProcess(cli: cli, arguments: [
            "--data", "base.jsonl", "--api-key", Self.key, "--fail-rate", "0.05", "--drop-rate", "0.02", "--rate-limit", "150", "--seed", "3",
        ])
        defer { sandbox.stop() }
        let export = try api(cli, "export", sandbox)
        #expect(export.status == 0, "\(export.stderr)")
        try simulate(sandbox, #"{"changes": 400, "merges": 10, "seed": 5}"#)

        let killed = try api(cli, "sync", sandbox, ["--page-size", "50"], environment: ["TCDEDUPE_SYNC_CRASH_AFTER_BATCHES": "2"])
        #expect(killed.status == 75)
        let resumed = try api(cli, "sync", sandbox, ["--page-size", "50"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("synced "))
        #expect(resumed.stdout.contains("deleted ones kept as history"))
        #expect(!resumed.stdout.contains(Self.key) && !resumed.stderr.contains(Self.key))

        let truth = try api(cli, "export", sandbox, db: "truth.sqlite")
        #expect(truth.status == 0, "\(truth.stderr)")
        let synced = try customers(cli, "store.sqlite")
        let fresh = try customers(cli, "truth.sqlite")
        #expect(Set(synced.keys) == Set(fresh.keys))
        #expect(synced == fresh)
        #expect(try CustomerStore(path: cli.path("store.sqlite")).deletedCustomerCount() >= 80 + 10)
    }

    @Test("a cursor the feed no longer holds: one line naming the remedy, exit 1")
    func gapSaysExport() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write(#"{"id":"a1","first_name":"Taro"}"# + "\n" + #"{"id":"a2","first_name":"Jiro"}"# + "\n", to: "two.jsonl")
        let sandbox = try SandboxProcess(cli: cli, arguments: ["--data", "two.jsonl", "--api-key", Self.key, "--sync-retention", "5"])
        defer { sandbox.stop() }
        #expect(try api(cli, "export", sandbox).status == 0)
        try simulate(sandbox, #"{"edits": 20}"#)
        let sync = try api(cli, "sync", sandbox)
        #expect(sync.status == 1)
        #expect(sync.stderr.split(separator: "\n").count == 1, "\(sync.stderr)")
        #expect(sync.stderr.contains("cannot bridge the gap"))
        #expect(sync.stderr.contains("tcdedupe export"))
    }
}

import Foundation
import Store
import Testing

/// `tcdedupe export` against `tcdedupe sandbox`, both as the real binary.
@Suite("Exporting from the CRM API", .serialized)
struct ExportTests {
    static let key = "tc-test-key-5e1f0c2d9b"
    static let customers = 2_000

    /// A generated base of `customers` in `base.jsonl`.
    private func generate(_ cli: CLIRunner) throws {
        let result = try cli.run(["generate", "--customers", "\(Self.customers)", "--seed", "3", "--out", "base.jsonl", "--truth", "truth.csv"])
        #expect(result.status == 0, "\(result.stderr)")
    }

    private func export(_ cli: CLIRunner, _ sandbox: SandboxProcess, _ extra: [String] = [], key: String = ExportTests.key) throws -> CLIRunner.Output {
        try cli.run(["export", "--api-url", sandbox.url, "--db", "export.sqlite", "--retry-base-ms", "10"] + extra,
                    environment: ["TABLECHECK_API_KEY": key])
    }

    /// Customers in the database, as `tcdedupe status` counts them (the id is the primary key,
    /// so a count equal to the base's size means every customer once).
    private func storedCount(_ cli: CLIRunner) throws -> Int {
        let status = try cli.run(["status", "--db", "export.sqlite"])
        let text = status.stdout.components(separatedBy: ": ").last ?? ""
        return Int(text.prefix(while: { $0 != " " }).replacingOccurrences(of: ",", with: "")) ?? -1
    }

    /// Every place the key could leak to: outputs and the database files' bytes.
    private func expectNoKey(_ cli: CLIRunner, _ outputs: [CLIRunner.Output], _ sandbox: SandboxProcess) throws {
        for output in outputs {
            #expect(!output.stdout.contains(Self.key))
            #expect(!output.stderr.contains(Self.key))
        }
        #expect(!sandbox.log.contains(Self.key))
        for suffix in ["", "-wal"] {
            let path = cli.path("export.sqlite" + suffix)
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            #expect(data.range(of: Data(Self.key.utf8)) == nil, "the key is in \(path)")
        }
    }

    @Test("with 500s, drops, slow answers and 429s on, every customer is stored exactly once and the count checks out")
    func exportWithFaults() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try generate(cli)
        let sandbox = try SandboxProcess(cli: cli, arguments: [
            "--data", "base.jsonl", "--api-key", Self.key, "--fail-rate", "0.2", "--drop-rate", "0.15",
            "--slow-rate", "0.1", "--slow-ms", "30", "--rate-limit", "3", "--seed", "7",
        ])
        defer { sandbox.stop() }
        let result = try export(cli, sandbox, ["--rate", "20"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("exported 2,000 customers"))
        #expect(result.stdout.contains("check: stored 2,000 = total_results 2,000"))
        #expect(result.stdout.contains("retries"))
        #expect(!result.stderr.contains("warning: stored"))
        #expect(sandbox.log.contains(" 500 "))
        #expect(sandbox.log.contains("dropped"))
        #expect(sandbox.log.contains(" 429 "))
        #expect(try storedCount(cli) == Self.customers)
        try expectNoKey(cli, [result], sandbox)
    }

    @Test("a scroll that expires mid-export is replaced by a new one, and the result still holds every customer once")
    func scrollExpiry() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try generate(cli)
        let sandbox = try SandboxProcess(cli: cli, arguments: ["--data", "base.jsonl", "--api-key", Self.key, "--expire-scrolls-at-page", "4"])
        defer { sandbox.stop() }
        let result = try export(cli, sandbox, ["--rate", "100"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("2 scroll(s)"))
        #expect(result.stdout.contains("check: stored 2,000 = total_results 2,000"))
        #expect(result.stderr.contains("the scroll expired"))
        #expect(sandbox.log.contains(" 410 "))
    }

    @Test("a scroll whose id keeps failing (500 after every retry, or 422) is replaced by a new one; every customer once",
          arguments: ["500", "422"])
    func scrollThatKeepsFailing(status: String) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try generate(cli)
        let sandbox = try SandboxProcess(cli: cli, arguments: ["--data", "base.jsonl", "--api-key", Self.key,
                                                               "--break-scroll-at-page", "3", "--break-scroll-status", status])
        defer { sandbox.stop() }
        let result = try export(cli, sandbox, ["--rate", "100"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("the scroll failed for good"))
        #expect(result.stdout.contains("2 scroll(s)"))
        #expect(result.stdout.contains("check: stored 2,000 = total_results 2,000"))
        #expect(try storedCount(cli) == Self.customers)
        #expect(sandbox.log.contains("customer_search \(status) "))
    }

    @Test("an export stopped by scrolls that keep failing resumes with a new scroll: the dead scroll id is never sent again")
    func resumeNeverResendsAFailedScroll() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try generate(cli)
        // The first scroll and every restart break (one more than the restarts allowed).
        let sandbox = try SandboxProcess(cli: cli, arguments: ["--data", "base.jsonl", "--api-key", Self.key,
                                                               "--break-scroll-at-page", "2", "--break-scroll-status", "422",
                                                               "--break-scroll-count", "21"])
        defer { sandbox.stop() }
        let stopped = try export(cli, sandbox, ["--rate", "200", "--quiet"])
        #expect(stopped.status == 1)
        #expect(stopped.stderr.contains("failed 21 times"))
        #expect(try CustomerStore(path: cli.path("export.sqlite")).exportState()?.scrollID == nil)
        let refusals = sandbox.log.components(separatedBy: "customer_search 422").count

        let resumed = try export(cli, sandbox, ["--resume", "--rate", "200", "--quiet"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("check: stored 2,000 = total_results 2,000"))
        #expect(try storedCount(cli) == Self.customers)
        // A dead scroll id sent again would be answered 422 again.
        #expect(sandbox.log.components(separatedBy: "customer_search 422").count == refusals)
    }

    @Test("an export killed mid-way continues with --resume and ends with every customer once")
    func resumeAfterKill() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try generate(cli)
        let sandbox = try SandboxProcess(cli: cli, arguments: ["--data", "base.jsonl", "--api-key", Self.key])
        defer { sandbox.stop() }

        let child = Process()
        child.executableURL = CLIRunner.binary
        child.arguments = ["export", "--api-url", sandbox.url, "--db", "export.sqlite", "--rate", "4", "--quiet"]
        child.currentDirectoryURL = cli.folder
        child.environment = ProcessInfo.processInfo.environment.merging(["TABLECHECK_API_KEY": Self.key]) { $1 }
        child.standardOutput = FileHandle.nullDevice
        child.standardError = FileHandle.nullDevice
        try child.run()
        // Wait until a few pages are in (the sandbox logs each), then kill it without warning.
        for _ in 0..<200 where sandbox.log.components(separatedBy: "customer_search 200").count <= 3 {
            Thread.sleep(forTimeInterval: 0.05)
        }
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(child.terminationReason == .uncaughtSignal)
        let partial = try storedCount(cli)
        #expect(partial > 0 && partial < Self.customers)

        let resumed = try export(cli, sandbox, ["--resume", "--rate", "100"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("resumed"))
        #expect(resumed.stdout.contains("check: stored 2,000 = total_results 2,000"))
        #expect(try storedCount(cli) == Self.customers)

        let again = try export(cli, sandbox, ["--resume"])
        #expect(again.status != 0)
        #expect(again.stderr.contains("no unfinished export"))
    }

    @Test("a refused key stops at once with one clear line: one request, no retry, the key nowhere")
    func unauthorized() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write(#"{"id":"a1","first_name":"Taro"}"# + "\n", to: "one.jsonl")
        let sandbox = try SandboxProcess(cli: cli, arguments: ["--data", "one.jsonl", "--api-key", Self.key])
        defer { sandbox.stop() }
        let result = try export(cli, sandbox, key: "wrong-" + Self.key)
        #expect(result.status != 0)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("refused the API key (HTTP 401)"))
        #expect(!result.stderr.contains("wrong-"))
        #expect(sandbox.log.split(separator: "\n").filter { $0.contains(" 401 ") }.count == 1)
        try expectNoKey(cli, [result], sandbox)
    }

    @Test("the key file must be readable by its owner only, and http:// to another host is refused")
    func unsafeSettings() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write(Self.key + "\n", to: "key.txt")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: cli.path("key.txt"))
        let open = try cli.run(["export", "--api-url", "https://api.tablecheck.com/api/crm/v1", "--db", "x.sqlite", "--api-key-file", "key.txt"])
        #expect(open.status != 0)
        #expect(open.stderr.contains("chmod 600"))
        #expect(!open.stderr.contains(Self.key))

        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: cli.path("key.txt"))
        let plain = try cli.run(["export", "--api-url", "http://api.tablecheck.com/api/crm/v1", "--db", "x.sqlite", "--api-key-file", "key.txt"])
        #expect(plain.status != 0)
        #expect(plain.stderr.contains("refusing http://"))
    }
}

/// The proxy environment variables must not route a loopback export through a proxy: the API key
/// travels in clear over `http://` to the sandbox. (In the serialized suite: each of these tests
/// blocks a thread of the shared pool while the child processes run.)
extension ExportTests {
    @Test("with http_proxy, HTTP_PROXY and all_proxy naming a dead port, an export from the loopback sandbox still goes directly")
    func loopbackExportIgnoresProxyEnvironment() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let generated = try cli.run(["generate", "--customers", "40", "--seed", "3", "--out", "base.jsonl", "--truth", "truth.csv"])
        #expect(generated.status == 0, "\(generated.stderr)")
        let sandbox = try SandboxProcess(cli: cli, arguments: ["--data", "base.jsonl", "--api-key", ExportTests.key])
        defer { sandbox.stop() }
        let deadProxy = "http://127.0.0.1:9"
        let result = try cli.run(
            ["export", "--api-url", sandbox.url, "--db", "export.sqlite", "--retry-base-ms", "1"],
            environment: ["TABLECHECK_API_KEY": ExportTests.key, "http_proxy": deadProxy, "HTTP_PROXY": deadProxy,
                          "all_proxy": deadProxy, "ALL_PROXY": deadProxy, "no_proxy": "", "NO_PROXY": ""])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("exported 40 customers"))
        #expect(sandbox.log.contains("customer_search"))
    }
}

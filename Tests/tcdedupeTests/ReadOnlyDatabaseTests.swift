import Foundation
import Testing

/// Commands that only read must work on a database in a place that may not be written (a
/// backup, another user's folder): they open it read-only. (In the serialized suite of the
/// report commands: these tests block a thread of the shared pool while the binary runs.)
extension ReviewCommandTests {
    /// Runs the binary as an unprivileged user when the tests run as root (root may write
    /// anywhere, which would hide the problem), else as ourselves.
    private func runUnprivileged(_ cli: CLIRunner, _ arguments: [String]) throws -> CLIRunner.Output {
        let process = Process()
        if getuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", CLIRunner.binary.path] + arguments
        } else {
            process.executableURL = CLIRunner.binary
            process.arguments = arguments
        }
        process.currentDirectoryURL = cli.folder
        var env = ProcessInfo.processInfo.environment
        env["TCDEDUPE_DB"] = nil
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIRunner.Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                                stderr: String(decoding: errData, as: UTF8.self))
    }

    @Test("status and report work on a database whose folder may not be written")
    func statusAndReportReadOnly() throws {
        let cli = try CLIRunner()
        defer {
            chmod(cli.path("ro"), 0o755)
            cli.cleanUp()
        }
        try FileManager.default.createDirectory(atPath: cli.path("ro"), withIntermediateDirectories: true)
        let rules = try cli.writeFastRules()
        #expect(try cli.run(["generate", "--customers", "60", "--seed", "2", "--out", "base.jsonl", "--truth", "truth.csv"]).status == 0)
        #expect(try cli.run(["import", "base.jsonl", "--db", "ro/tc.sqlite", "--quiet"]).status == 0)
        let run = try cli.run(["run", "--db", "ro/tc.sqlite", "--rules", rules, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        // The folder and the file belong to the user who reads them; the folder may not be written.
        for name in ["ro", "ro/tc.sqlite"] where getuid() == 0 {
            #expect(chown(cli.path(name), 65534, 65534) == 0)
        }
        #expect(chmod(cli.path("ro"), 0o555) == 0)

        let status = try runUnprivileged(cli, ["status", "--db", "ro/tc.sqlite"])
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.contains("60 customers"))
        // The report goes to a folder anyone may write to.
        try FileManager.default.createDirectory(atPath: cli.path("out"), withIntermediateDirectories: true)
        #expect(chmod(cli.path("out"), 0o777) == 0)
        let report = try runUnprivileged(cli, ["report", "--db", "ro/tc.sqlite", "--format", "json", "--out", "out/report.json"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("wrote"))
        #expect(!FileManager.default.fileExists(atPath: cli.path("ro/tc.sqlite-wal")))
    }
}

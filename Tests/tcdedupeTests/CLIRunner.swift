import Foundation
import TestSupport

/// Runs the real `tcdedupe` binary (built beside the test bundle) in a scratch folder.
struct CLIRunner {
    let scratch: TemporaryFolder
    var folder: URL { scratch.url }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    init() throws {
        scratch = try TemporaryFolder("tcdedupe-cli")
    }

    /// The binary sits in the same build folder as the test bundle's executable.
    static var binary: URL {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        // On Linux the test runner is `<build>/tcdedupePackageTests.xctest`; on macOS a bundle inside <build>.
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("tcdedupe").path) && dir.path != "/" {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("tcdedupe")
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    @discardableResult
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Output {
        try launch(arguments, environment: environment)()
    }

    /// Starts the binary and returns at once; calling the result waits for it and gives its output.
    func launch(_ arguments: [String], environment: [String: String] = [:]) throws -> () -> Output {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env["TCDEDUPE_DB"] = nil
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return {
            let outData = out.fileHandleForReading.readDataToEndOfFile()
            let errData = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                          stderr: String(decoding: errData, as: UTF8.self))
        }
    }

    func write(_ text: String, to name: String) throws {
        try text.write(toFile: path(name), atomically: true, encoding: .utf8)
    }

    func read(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }

    /// Small rules for tests: the built-in default with few random pairs, so a debug build is quick.
    func writeFastRules() throws -> String {
        let result = try run(["rules", "--print-default"])
        let fast = result.stdout.replacingOccurrences(of: "u_sample_size: 1000000", with: "u_sample_size: 20000")
        try write(fast, to: "fast.yaml")
        return path("fast.yaml")
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: folder)
    }
}

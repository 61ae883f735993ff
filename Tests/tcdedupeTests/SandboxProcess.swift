import Foundation

/// `tcdedupe sandbox` running as a child process on a free port, its request log in a file.
final class SandboxProcess {
    let process = Process()
    let url: String
    let logPath: String

    /// Starts the sandbox with `arguments` (besides `--port 0`) and waits for its address line.
    init(cli: CLIRunner, arguments: [String], name: String = "sandbox") throws {
        logPath = cli.path("\(name).log")
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        process.executableURL = CLIRunner.binary
        process.arguments = ["sandbox", "--port", "0"] + arguments
        process.currentDirectoryURL = cli.folder
        var env = ProcessInfo.processInfo.environment
        env["TABLECHECK_API_KEY"] = nil
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle(forWritingAtPath: logPath)
        try process.run()
        var text = ""
        while !text.contains("\n") {
            let data = out.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
        }
        guard let range = text.range(of: #"http://[^ ]+/api/crm/v1"#, options: .regularExpression) else {
            process.terminate()
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "sandbox did not start: \(text)"])
        }
        url = String(text[range])
    }

    /// The request lines logged so far.
    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    /// Changes made in the CRM by others, through the sandbox's admin call (`body`: what to
    /// change, e.g. `{"changes": 40, "seed": 1}`); each emits its Sync API events. Returns
    /// whether the sandbox took them.
    func simulateChanges(_ body: String, apiKey: String) throws -> Bool {
        let admin = url.replacingOccurrences(of: "/api/crm/v1", with: "/_sandbox/simulate_changes")
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        curl.arguments = ["-sf", "-X", "POST", "-H", "Authorization: Bearer \(apiKey)", "-d", body, admin]
        curl.standardOutput = FileHandle.nullDevice
        try curl.run()
        curl.waitUntilExit()
        return curl.terminationStatus == 0
    }

    func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

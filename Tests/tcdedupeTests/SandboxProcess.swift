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

    func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

import Foundation

/// A chromedriver listening on a free loopback port, stopped by ``stop()``.
final class ChromeDriverProcess {
    let endpoint: String
    private let process: Process

    init(binary: String) async throws {
        let port = try Self.freePort()
        process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--port=\(port)", "--allowed-ips=127.0.0.1", "--log-level=SEVERE"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        endpoint = "http://127.0.0.1:\(port)"
        // Ready when /status says so; a bounded wait, not a timing assertion.
        for _ in 0..<100 {
            if let status = try? await WebDriverClient.call(endpoint + "/status", method: "GET", body: nil) as? [String: Any],
               status["ready"] as? Bool == true {
                return
            }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        stop()
        throw WebDriverClient.Failure(description: "chromedriver at \(binary) did not become ready on port \(port)")
    }

    /// Stops chromedriver: SIGTERM, then SIGKILL if it is still there after a few seconds.
    /// (`waitUntilExit` is not used: it spins a run loop on the calling thread.)
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        for _ in 0..<50 where process.isRunning { usleep(100_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    /// A port nobody listens on now (the kernel's pick for a socket bound to port 0).
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw WebDriverClient.Failure(description: "socket() failed") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { throw WebDriverClient.Failure(description: "bind() failed") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

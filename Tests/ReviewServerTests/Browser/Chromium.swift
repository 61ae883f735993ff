import Foundation
import Testing

/// Headless Chromium and its WebDriver, from Debian's `chromium` and `chromium-driver`.
///
/// When they are missing and the tests run as root (CI, a fresh container), they are installed
/// once with apt-get; otherwise the browser test is skipped and says why.
enum Chromium {
    static let browserPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
    static let driverPaths = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]

    static var browser: String? { browserPaths.first { FileManager.default.isExecutableFile(atPath: $0) } }
    static var driver: String? { driverPaths.first { FileManager.default.isExecutableFile(atPath: $0) } }

    /// True when both are there, after installing them if that is possible.
    static let available: Bool = {
        if browser != nil && driver != nil { return true }
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/apt-get") else { return false }
        for arguments in [["update", "-qq"], ["install", "-y", "-qq", "chromium", "chromium-driver"]] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/apt-get")
            process.arguments = arguments
            process.environment = ProcessInfo.processInfo.environment.merging(["DEBIAN_FRONTEND": "noninteractive"]) { _, new in new }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { return false }
            process.waitUntilExit()
        }
        return browser != nil && driver != nil
    }()

    static let skipMessage: Comment = """
        headless Chromium and chromedriver are needed (Debian: apt-get install chromium chromium-driver; \
        scripts/install-system-packages installs them); not found and not installable here
        """
}

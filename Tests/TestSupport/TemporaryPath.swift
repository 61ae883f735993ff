import Foundation

/// A path in the system's temporary folder that no test has used, ending in `name` (nothing is
/// created; the caller removes what it writes there).
public func temporaryPath(_ name: String) -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("tcdedupe-\(UUID().uuidString)-\(name)").path
}

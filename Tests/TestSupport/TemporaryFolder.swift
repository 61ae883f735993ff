import Foundation

/// A fresh folder under the system's temporary folder, removed with everything in it when the
/// value goes away: the scratch space of tests that write stores, inputs and reports.
public final class TemporaryFolder: @unchecked Sendable {
    /// The folder's absolute path.
    public let path: String
    private var removedWithValue = true

    /// Creates the folder; `label` goes into its name so a leftover says which tests made it.
    public init(_ label: String = "tcdedupe-tests") throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        if removedWithValue { try? FileManager.default.removeItem(atPath: path) }
    }

    /// Leaves the folder in place when this value goes (a template that a whole test process
    /// copies from) and returns its path.
    public func keep() -> String {
        removedWithValue = false
        return path
    }

    /// The folder as a file URL.
    public var url: URL { URL(fileURLWithPath: path, isDirectory: true) }

    /// A path inside the folder (nothing is created).
    public func file(_ name: String) -> String { "\(path)/\(name)" }

    /// Writes `bytes` to `name` inside the folder and returns its path.
    @discardableResult
    public func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let target = file(name)
        try Data(bytes).write(to: URL(fileURLWithPath: target))
        return target
    }

    /// Writes `text` as UTF-8 to `name` inside the folder and returns its path.
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String {
        try write(name, Array(text.utf8))
    }

    /// The bytes of `name` inside the folder, as text.
    public func read(_ name: String) throws -> String {
        try String(contentsOfFile: file(name), encoding: .utf8)
    }
}

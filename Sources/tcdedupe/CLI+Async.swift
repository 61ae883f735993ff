import ArgumentParser
import Pipeline

extension CLI {
    /// ``perform(_:)`` for commands that run a server: a failure is one line and exit code 1.
    static func performAsync(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch {
            throw exit(for: error)
        }
    }
}

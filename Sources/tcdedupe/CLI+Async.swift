import ArgumentParser
import Pipeline

extension CLI {
    /// ``perform(_:)`` for commands that run a server: a failure is one line and exit code 1.
    static func performAsync(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as ValidationError {
            throw error
        } catch let error as ExitCode {
            throw error
        } catch {
            finishProgress()
            FileHandleStandardError.write("error: \(Workspace.describe(error))\n")
            throw ExitCode(1)
        }
    }
}

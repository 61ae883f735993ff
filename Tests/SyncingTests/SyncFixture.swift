import CRMClient
import CRMModel
import Exporting
import Glibc
import Sandbox
import SandboxTestSupport
import Store
import Syncing
import TestSupport

/// A sandbox, a database exported from it, and the jobs that export and sync it, all real:
/// the jobs talk to the sandbox over loopback HTTP.
final class SyncFixture: Sendable {
    let sandbox: SandboxFixture
    let folder: TemporaryFolder
    let databasePath: String
    let connection: APIConnection

    init(customers: Int = 40, syncRetention: Int = 100_000, syncEnvelope: SyncEnvelope = .standard) async throws {
        sandbox = try await SandboxFixture(customers: SandboxFixture.customers(customers), syncRetention: syncRetention,
                                           syncEnvelope: syncEnvelope)
        folder = try TemporaryFolder("tcdedupe-sync")
        databasePath = folder.file("sync.sqlite")
        let keyFile = try folder.write("key", SandboxFixture.apiKey)
        chmod(keyFile, 0o600)
        connection = APIConnection(apiURL: sandbox.server.baseURL, apiKeyFile: keyFile, requestsPerSecond: 0, concurrency: 2,
                                   retry: RetryPolicy(maxAttempts: 12, baseDelay: .milliseconds(2)))
    }

    func export() async throws -> ExportResult {
        let options = ExportOptions(connection: connection, databasePath: databasePath)
        return try await SandboxFixture.call { try ExportJob(options: options).run(progress: nil) }
    }

    func sync(pageSize: Int = 50, progress: (@Sendable (SyncProgress) -> Void)? = nil) async throws -> SyncResult {
        let options = SyncOptions(connection: connection, databasePath: databasePath, pageSize: pageSize)
        return try await SandboxFixture.call { try SyncJob(options: options).run(progress: progress) }
    }

    /// The store's live customers (raw JSON by id).
    func stored() throws -> [String: String] {
        let store = try CustomerStore.openExisting(databasePath)
        return Dictionary(uniqueKeysWithValues: try store.loadCustomersRaw().map { ($0.id, $0.raw) })
    }

    /// The sandbox's customers now, serialized as the client stores them.
    func live() -> [String: String] {
        sandbox.server.customersByID().mapValues { $0.serialized() }
    }

    func store() throws -> CustomerStore { try CustomerStore.openExisting(databasePath) }

    func stop() async { await sandbox.stop() }
}

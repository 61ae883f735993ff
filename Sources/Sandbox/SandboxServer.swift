import CRMModel
import Hummingbird
import Logging
import NIOCore
import Synchronization

/// A local server that plays the CRM API (see `crm-api-contract.md`) with injected faults, for
/// tests, demos and rehearsals of an export or a merge run.
///
/// ```swift
/// let sandbox = try await SandboxServer.start(SandboxConfiguration(port: 0, dataPath: "base.jsonl"))
/// print(sandbox.baseURL)        // http://127.0.0.1:54321/api/crm/v1
/// await sandbox.stop()
/// ```
public final class SandboxServer: Sendable {
    /// The port the server listens on (the one picked when 0 was asked).
    public let port: Int
    public let host: String
    /// Customers held at start.
    public let seededCustomers: Int
    private let base: CustomerBase
    private let faults: FaultInjector
    private let task: Task<Void, any Error>

    private init(port: Int, host: String, seededCustomers: Int, base: CustomerBase, faults: FaultInjector, task: Task<Void, any Error>) {
        self.port = port
        self.host = host
        self.seededCustomers = seededCustomers
        self.base = base
        self.faults = faults
        self.task = task
    }

    /// The API base URL clients use.
    public var baseURL: String { "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/api/crm/v1" }

    /// The Sync API's base URL (the contract's `/api/sync/v1` beside the CRM API).
    public var syncBaseURL: String { "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/api/sync/v1" }

    /// Loads the data, binds and starts answering; returns once the port is known.
    ///
    /// - Throws: ``SandboxError`` when the data cannot be read or the port cannot be bound.
    public static func start(_ configuration: SandboxConfiguration) async throws -> SandboxServer {
        guard configuration.host == "127.0.0.1" || configuration.host == "::1" || configuration.host == "localhost" else {
            throw SandboxError("the sandbox listens on loopback only, not \(configuration.host)",
                               hint: "it accepts plain HTTP and test keys: keep it on 127.0.0.1")
        }
        let base = CustomerBase(seed: configuration.seed, scrollTTL: configuration.scrollTTL,
                                expireScrollsAtPage: configuration.faults.expireScrollsAtPage, scrollFaults: configuration.faults,
                                syncRetention: configuration.syncRetention)
        base.load(configuration.initialCustomers)
        if let path = configuration.dataPath {
            base.load(try SeedLoader.load(path: path), completed: true)
        }
        let faults = FaultInjector(settings: configuration.faults)
        var responder = SandboxResponder(
            handler: RouteHandler(base: base, syncEnvelope: configuration.syncEnvelope), faults: faults,
            apiKey: configuration.apiKey, authentication: configuration.authentication,
            mergeTransferDelay: configuration.mergeTransferDelay, log: configuration.requestLog)
        responder.latency = configuration.latency

        let bound = PortSlot()
        var logger = Logger(label: "tcdedupe.sandbox")
        logger.logLevel = .critical
        let app = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: "tcdedupe-sandbox"),
            onServerRunning: { channel in bound.fill(channel.localAddress?.port ?? -1) },
            logger: logger)
        let task: Task<Void, any Error>
        if #available(macOS 15, *) {
            task = Task(executorPreference: SandboxExecutor()) { try await app.run() }
        } else {
            task = Task { try await app.run() }
        }
        let port = await bound.wait(orFailureOf: task)
        guard port > 0 else {
            task.cancel()
            throw SandboxError("cannot listen on \(configuration.host):\(configuration.port)",
                               hint: "pick another --port, or 0 for any free port")
        }
        return SandboxServer(port: port, host: configuration.host, seededCustomers: base.count, base: base, faults: faults, task: task)
    }

    /// Stops answering and waits until the server has closed.
    public func stop() async {
        task.cancel()
        _ = try? await task.value
    }

    /// Waits until the server stops (for the command: runs until killed).
    public func wait() async {
        _ = try? await task.value
    }

    /// Customers held now.
    public var customerCount: Int { base.count }

    /// Changes the injected faults from now on (the random stream restarts from their seed).
    public func updateFaults(_ settings: FaultSettings) { faults.update(settings) }

    /// Changes made by others, as `POST /_sandbox/simulate_changes` makes them (seeded): each
    /// emits its Sync API events. Returns the counts done and the newest event id.
    @discardableResult
    public func simulateChanges(inserts: Int = 0, edits: Int = 0, deletes: Int = 0, merges: Int = 0,
                                seed: UInt64 = 1) -> (inserted: Int, edited: Int, deleted: Int, merged: Int, latestEventID: Int64) {
        var simulation = try! ChangeSimulation(JSONObject())
        simulation.inserts = inserts
        simulation.edits = edits
        simulation.deletes = deletes
        simulation.merges = merges
        simulation.seed = seed
        let o = simulation.run(on: base)
        return (o.inserted, o.edited, o.deleted, o.merged, o.latestEventID)
    }

    /// Every live customer's JSON by id, as `GET /customers/{id}` answers it now (for tests
    /// that compare a store with the sandbox).
    public func customersByID() -> [String: JSONObject] {
        var out: [String: JSONObject] = [:]
        for id in base.liveIDs { out[id] = try? base.customer(id: id) }
        return out
    }

    /// Makes every open scroll expire now, as if five minutes had passed.
    public func expireAllScrolls() { base.expireAllScrolls() }
}

/// The bound port, handed from the server's start-up callback to ``SandboxServer/start(_:)``.
private final class PortSlot: Sendable {
    private let state = Mutex<(port: Int?, waiter: CheckedContinuation<Int, Never>?)>((nil, nil))

    func fill(_ port: Int) {
        let waiter = state.withLock { s -> CheckedContinuation<Int, Never>? in
            guard s.port == nil else { return nil }
            s.port = port
            defer { s.waiter = nil }
            return s.waiter
        }
        waiter?.resume(returning: port)
    }

    /// The port, or -1 when the server task ends first (it could not bind).
    func wait(orFailureOf task: Task<Void, any Error>) async -> Int {
        let watcher = Task {
            _ = try? await task.value
            self.fill(-1)
        }
        let port = await withCheckedContinuation { continuation in
            let ready = state.withLock { s -> Int? in
                if let port = s.port { return port }
                s.waiter = continuation
                return nil
            }
            if let ready { continuation.resume(returning: ready) }
        }
        _ = watcher
        return port
    }
}

import CRMClient
import CRMModel
import Foundation
import Sandbox
import Synchronization

/// A sandbox running in this process on a free loopback port, with a client for it.
///
/// Tests talk to it over real HTTP. The client is blocking, so calls go through ``call(_:)``,
/// which runs them on a thread of their own: the sandbox's handlers need the Swift
/// concurrency pool, and a blocked pool thread would starve them.
public final class SandboxFixture: Sendable {
    public static let apiKey = "sandbox-test-key-7f3a9c"

    public let server: SandboxServer
    /// Every request line the sandbox logged, in order.
    public let requestLog: RequestLog

    public init(customers: [Customer] = SandboxFixture.customers(10), faults: FaultSettings = .none,
                scrollTTL: Duration = .seconds(300), mergeDelay: Duration = .milliseconds(50),
                syncRetention: Int = 100_000, syncEnvelope: SyncEnvelope = .standard) async throws {
        let log = RequestLog()
        requestLog = log
        var configuration = SandboxConfiguration(
            port: 0, apiKey: APICredential(key: Self.apiKey), initialCustomers: customers, scrollTTL: scrollTTL,
            mergeTransferDelay: mergeDelay, faults: faults, requestLog: { log.append($0) })
        configuration.syncRetention = syncRetention
        configuration.syncEnvelope = syncEnvelope
        server = try await SandboxServer.start(configuration)
    }

    /// A client of this sandbox; quick retries so failing paths stay fast.
    public func client(key: String = SandboxFixture.apiKey, authentication: AuthenticationScheme = .standard,
                       requestsPerSecond: Double = 0, retry: RetryPolicy = RetryPolicy(baseDelay: .milliseconds(5)),
                       observer: (@Sendable (ClientEvent) -> Void)? = nil) throws -> CRMClient {
        CRMClient(configuration: CRMClientConfiguration(
            baseURL: try BaseURL(server.baseURL), credential: APICredential(key: key)!, authentication: authentication,
            requestsPerSecond: requestsPerSecond, concurrency: 2, timeouts: Timeouts(requestMilliseconds: 10_000), retry: retry),
            observer: observer)
    }

    public func stop() async {
        await server.stop()
    }

    /// Runs a blocking call on its own thread and waits for it without blocking the pool.
    public static func call<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try body() })
            }
        }
    }

    /// `count` small customers with E.164 phones, an email and an image each, ids `c00001`…
    public static func customers(_ count: Int, prefix: String = "c") -> [Customer] {
        (1...max(count, 1)).prefix(count).map { n in
            let id = prefix + String(format: "%05d", n)
            let phone = "+8190" + String(format: "%08d", n)
            let email = "guest\(n)@example.jp"
            let json = JSONObject([
                "id": .string(id), "franchise_id": .string(n % 2 == 0 ? "f-even" : "f-odd"),
                "first_name": .string("Taro\(n % 7)"), "last_name": .string("Tanaka"),
                "phones": .array([.string(phone)]),
                "phone_objects": .array([.object(JSONObject(["id": .string("p\(n)"), "number": .string(phone)]))]),
                "emails": .array([.string(email)]),
                "email_objects": .array([.object(JSONObject(["id": .string("e\(n)"), "email": .string(email)]))]),
                "images": .array([.object(JSONObject(["id": .string("img\(n)"), "url": .string("https://cdn.example/\(n).jpg")]))]),
                "reservation_count": .number("\(n % 5)"),
                "updated_at": .string("2024-01-01T00:00:00.000Z"),
            ])
            return try! Customer(json: json)
        }
    }
}

/// Lines the sandbox logged, collected across threads.
public final class RequestLog: Sendable {
    private let lines = Mutex<[String]>([])

    public init() {}

    public func append(_ line: String) { lines.withLock { $0.append(line) } }

    public var all: [String] { lines.withLock { $0 } }

    /// Lines whose status is `status` (`" 500 "` in the line).
    public func count(status: Int) -> Int { all.filter { $0.contains(" \(status) ") }.count }
}

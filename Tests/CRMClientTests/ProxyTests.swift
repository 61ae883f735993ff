import CRMClient
import CRMModel
import SandboxTestSupport
import Testing

/// The API key travels in clear over `http://` to the sandbox: such requests must go straight to
/// loopback, never through a proxy (which would carry the key across the network).
@Suite("Loopback is never proxied")
struct ProxyTests {
    @Test("a loopback base URL takes no proxy whatever is configured; another host takes the configured one")
    func proxyChoice() throws {
        #expect(try BaseURL("http://127.0.0.1:8080/api/crm/v1").proxy(configured: "http://proxy.example:3128") == "")
        #expect(try BaseURL("http://[::1]:8080/api/crm/v1").proxy(configured: nil) == "")
        #expect(try BaseURL("http://localhost:8080/api/crm/v1").proxy(configured: nil) == "")
        #expect(try BaseURL("https://api.tablecheck.com/api/crm/v1").proxy(configured: "http://proxy.example:3128") == "http://proxy.example:3128")
        #expect(try BaseURL("https://api.tablecheck.com/api/crm/v1").proxy(configured: nil) == nil)
    }

    @Test("with a proxy configured that nothing answers on, a request to the loopback sandbox still arrives directly")
    func loopbackBypassesProxy() async throws {
        let sandbox = try await SandboxFixture()
        // Port 9 (discard) on loopback: nothing listens, so a proxied request would fail to connect.
        let client = CRMClient(configuration: CRMClientConfiguration(
            baseURL: try BaseURL(sandbox.server.baseURL), credential: APICredential(key: SandboxFixture.apiKey)!,
            requestsPerSecond: 0, retry: RetryPolicy(maxAttempts: 1), proxy: "http://127.0.0.1:9"))
        let id = try await SandboxFixture.call { try client.getCustomer(id: "c00001").id }
        #expect(id == "c00001")
        #expect(sandbox.requestLog.all.count == 1)
        await sandbox.stop()
    }
}

import CRMClient
import Testing

@Suite("Which API URLs the client accepts")
struct BaseURLTests {
    @Test("https anywhere and http to loopback are accepted", arguments: [
        "https://api.tablecheck.com/api/crm/v1", "http://127.0.0.1:8080/api/crm/v1", "http://localhost:9/api/crm/v1/",
        "http://[::1]:8080/api/crm/v1",
    ])
    func accepted(_ url: String) throws {
        let base = try BaseURL(url)
        #expect(!base.text.hasSuffix("/"))
    }

    @Test("http to another host is refused: the key would travel in clear text", arguments: [
        "http://api.tablecheck.com/api/crm/v1", "http://10.0.0.5/api/crm/v1", "http://127.0.0.1.evil.example/x",
    ])
    func insecure(_ url: String) {
        #expect(throws: CRMClientError.self) { try BaseURL(url) }
        #expect((try? BaseURL(url)) == nil)
        do { _ = try BaseURL(url) } catch { #expect(error.code == .insecureURL) }
    }

    @Test("other schemes and credentials in the URL are refused", arguments: [
        "ftp://api.tablecheck.com", "api.tablecheck.com/api/crm/v1", "https://user:secret@api.tablecheck.com/api/crm/v1",
    ])
    func invalid(_ url: String) {
        do { _ = try BaseURL(url); Issue.record("accepted \(url)") } catch { #expect(error.code == .invalidURL) }
    }
}

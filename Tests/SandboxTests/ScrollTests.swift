import CRMClient
import CRMModel
import SandboxTestSupport
import Testing

@Suite("customer_search scrolls and the GET /customers caps")
struct ScrollTests {
    @Test("a scroll gives 200 customers a page, a new scroll_id each page, every customer once, then an empty page")
    func paging() async throws {
        let sandbox = try await SandboxFixture(customers: SandboxFixture.customers(450))
        let client = try sandbox.client()
        let pages = try await SandboxFixture.call { () -> [SearchPage] in
            var pages = [try client.startScroll(search: JSONObject())]
            while !pages.last!.isEnd, let id = pages.last!.scrollID { pages.append(try client.nextPage(scrollID: id)) }
            return pages
        }
        #expect(pages.map(\.customers.count) == [200, 200, 50, 0])
        #expect(Set(pages.compactMap(\.scrollID)).count == pages.count)
        #expect(pages.allSatisfy { $0.totalResults == 450 })
        let ids = pages.flatMap { $0.customers.map(\.id) }
        #expect(Set(ids).count == 450 && ids.count == 450)
        await sandbox.stop()
    }

    @Test("search parameters filter the scroll: franchise_id, phone prefix, has_email")
    func filters() async throws {
        let sandbox = try await SandboxFixture(customers: SandboxFixture.customers(30))
        let client = try sandbox.client()
        let (even, prefixed, unknown) = try await SandboxFixture.call { () -> (Int?, Int, CRMClientError.Code?) in
            let even = try client.startScroll(search: JSONObject(["franchise_id": .string("f-even"), "has_email": .bool(true)])).totalResults
            let prefixed = try client.startScroll(search: JSONObject(["phone": .string("+81900000001")])).customers.count
            do { _ = try client.startScroll(search: JSONObject(["frist_name": .string("x")])); return (even, prefixed, nil) } catch let error as CRMClientError {
                return (even, prefixed, error.code)
            } catch { return (even, prefixed, nil) }
        }
        #expect(even == 15)
        #expect(prefixed == 10)   // +8190000000 10…19
        #expect(unknown == .validation)
        await sandbox.stop()
    }

    @Test("an expired scroll is answered so that the client reports scrollExpired; an older scroll_id of a live scroll still works")
    func expiry() async throws {
        let sandbox = try await SandboxFixture(customers: SandboxFixture.customers(450))
        let client = try sandbox.client()
        let first = try await SandboxFixture.call { try client.startScroll(search: JSONObject()) }
        let again = try await SandboxFixture.call { try client.nextPage(scrollID: first.scrollID!) }
        let replay = try await SandboxFixture.call { try client.nextPage(scrollID: first.scrollID!) }
        #expect(again.customers.map(\.id) == replay.customers.map(\.id))
        sandbox.server.expireAllScrolls()
        let code = try await SandboxFixture.call { () -> CRMClientError.Code? in
            do { _ = try client.nextPage(scrollID: again.scrollID!); return nil } catch let error as CRMClientError { return error.code } catch { return nil }
        }
        #expect(code == .scrollExpired)
        #expect(sandbox.requestLog.count(status: 410) == 1)
        await sandbox.stop()
    }

    @Test("a scroll unused for longer than the TTL expires")
    func ttl() async throws {
        let sandbox = try await SandboxFixture(customers: SandboxFixture.customers(450), scrollTTL: .milliseconds(200))
        let client = try sandbox.client()
        let first = try await SandboxFixture.call { try client.startScroll(search: JSONObject()) }
        try await Task.sleep(for: .milliseconds(400))
        let code = try await SandboxFixture.call { () -> CRMClientError.Code? in
            do { _ = try client.nextPage(scrollID: first.scrollID!); return nil } catch let error as CRMClientError { return error.code } catch { return nil }
        }
        #expect(code == .scrollExpired)
        await sandbox.stop()
    }

    @Test("GET /customers gives at most 1,000 a page and refuses pages past the tenth")
    func listCaps() async throws {
        let sandbox = try await SandboxFixture(customers: SandboxFixture.customers(1_200))
        let client = try sandbox.client()
        let (big, eleventh) = try await SandboxFixture.call { () -> (HTTPResponse, HTTPResponse) in
            (try client.send(HTTPRequest(method: .get, path: "/customers?page=1&per_page=5000", isSafeToRetry: true)),
             try client.send(HTTPRequest(method: .get, path: "/customers?page=11&per_page=10", isSafeToRetry: true)))
        }
        let page = try JSONValue(parsing: big.body).objectValue
        #expect(page?["customers"]?.arrayValue?.count == 1_000)
        #expect(page?["pagination"]?.objectValue?["total_results"]?.intValue == 1_200)
        #expect(eleventh.status == 422)
        #expect(String(decoding: eleventh.body, as: UTF8.self).contains("customer_search"))
        await sandbox.stop()
    }
}

import CRMClient
import CRMModel
import Sandbox
import SandboxTestSupport
import Testing

@Suite("Sandbox authentication and injected faults")
struct AuthAndFaultTests {
    @Test("a wrong key and a key in the wrong header are both answered 401")
    func unauthorized() async throws {
        let sandbox = try await SandboxFixture()
        let wrongKey = try sandbox.client(key: "not-the-key")
        let wrongHeader = try sandbox.client(authentication: AuthenticationScheme(headerName: "X-Api-Key", scheme: ""))
        let codes = try await SandboxFixture.call { () -> [CRMClientError.Code?] in
            [wrongKey, wrongHeader].map { client in
                do { _ = try client.getCustomer(id: "c00001"); return nil } catch let error as CRMClientError { return error.code } catch { return nil }
            }
        }
        #expect(codes == [.unauthorized, .unauthorized])
        #expect(sandbox.requestLog.count(status: 401) == 2)
        await sandbox.stop()
    }

    @Test("the same seed gives the same faults in the same order")
    func deterministic() async throws {
        func statuses(seed: UInt64) async throws -> [String] {
            let sandbox = try await SandboxFixture(faults: FaultSettings(failRate: 0.3, dropRate: 0.2, seed: seed))
            let client = try sandbox.client(retry: RetryPolicy(maxAttempts: 1))
            let outcomes = try await SandboxFixture.call { () -> [String] in
                (0..<30).map { _ in
                    do { _ = try client.getCustomer(id: "c00001"); return "ok" } catch let error as CRMClientError { return error.code.rawValue } catch { return "other" }
                }
            }
            await sandbox.stop()
            return outcomes
        }
        let first = try await statuses(seed: 42)
        let second = try await statuses(seed: 42)
        let other = try await statuses(seed: 43)
        #expect(first == second)
        #expect(first != other)
        #expect(first.contains("serverError") && first.contains("transport") && first.contains("ok"))
    }

    @Test("a dropped PUT was carried out before the connection closed")
    func dropAfterChange() async throws {
        let sandbox = try await SandboxFixture(faults: FaultSettings(dropRate: 1))
        let client = try sandbox.client()
        let code = try await SandboxFixture.call { () -> CRMClientError.Code? in
            do { try client.putCustomer(id: "c00001", body: JSONObject(["first_name": .string("Dropped")])); return nil } catch let error as CRMClientError { return error.code } catch { return nil }
        }
        #expect(code == .outcomeUnknown)
        sandbox.server.updateFaults(.none)
        let after = try await SandboxFixture.call { try client.getCustomer(id: "c00001") }
        #expect(after.json["first_name"] == .string("Dropped"))
        await sandbox.stop()
    }

    @Test("over the rate limit the sandbox answers 429 with Retry-After, and the client waits and gets through")
    func rateLimit() async throws {
        // One request a second: of three sent back to back, at least one meets a 429.
        let sandbox = try await SandboxFixture(faults: FaultSettings(rateLimit: 1))
        let waits = RequestLog()
        let client = try sandbox.client(observer: { event in
            if event.kind == .waitingForRateLimit { waits.append("\(event.wait)") }
        })
        let fetched = try await SandboxFixture.call { try (0..<3).map { _ in try client.getCustomer(id: "c00002").id } }
        #expect(fetched.count == 3)
        #expect(sandbox.requestLog.count(status: 429) >= 1)
        #expect(!waits.all.isEmpty)
        #expect(waits.all.allSatisfy { $0 == "\(Duration.seconds(1))" })
        await sandbox.stop()
    }
}

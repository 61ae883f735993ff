import CRMClient
import CRMModel
import Sandbox
import SandboxTestSupport
import Synchronization
import Testing

@Suite("What the client retries, and what it never does")
struct RetryTests {
    @Test("a 401 stops at once with a clear message: one request, no retry, no key in the message")
    func unauthorizedNotRetried() async throws {
        let sandbox = try await SandboxFixture()
        let client = try sandbox.client(key: "wrong-key-42")
        let error = try await SandboxFixture.call { () -> CRMClientError? in
            do { _ = try client.startScroll(search: JSONObject()); return nil } catch let error as CRMClientError { return error } catch { return nil }
        }
        #expect(error?.code == .unauthorized)
        #expect(error?.description.contains("TABLECHECK_API_KEY") == true)
        #expect(error?.description.contains("wrong-key-42") == false)
        #expect(sandbox.requestLog.all.count == 1)
        await sandbox.stop()
    }

    @Test("safe calls are retried through 500s and dropped connections until they succeed")
    func safeCallsRetried() async throws {
        let sandbox = try await SandboxFixture(faults: FaultSettings(failRate: 0.3, dropRate: 0.2, seed: 5))
        let client = try sandbox.client(retry: RetryPolicy(maxAttempts: 12, baseDelay: .milliseconds(2)))
        let ids = try await SandboxFixture.call { try (1...10).map { try client.getCustomer(id: "c" + String(format: "%05d", $0)).id } }
        #expect(ids.count == 10)
        #expect(sandbox.requestLog.count(status: 500) > 0)
        #expect(sandbox.requestLog.all.contains { $0.contains("dropped") })
        await sandbox.stop()
    }

    @Test("a PUT answered 500 is not sent again: the caller gets outcomeUnknown")
    func putNotRetriedAfterServerError() async throws {
        let sandbox = try await SandboxFixture(faults: FaultSettings(failRate: 1))
        let client = try sandbox.client()
        let error = try await SandboxFixture.call { () -> CRMClientError? in
            do { try client.putCustomer(id: "c00001", body: JSONObject(["first_name": .string("X")])); return nil } catch let error as CRMClientError { return error } catch { return nil }
        }
        #expect(error?.code == .outcomeUnknown)
        #expect(error?.hint.contains("fetch the customer") == true)
        #expect(sandbox.requestLog.all.count == 1)
        await sandbox.stop()
    }

    @Test("a server that keeps failing ends in serverError after the configured attempts")
    func retryBudget() async throws {
        let sandbox = try await SandboxFixture(faults: FaultSettings(failRate: 1))
        let client = try sandbox.client(retry: RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(1)))
        let code = try await SandboxFixture.call { () -> CRMClientError.Code? in
            do { _ = try client.getCustomer(id: "c00001"); return nil } catch let error as CRMClientError { return error.code } catch { return nil }
        }
        #expect(code == .serverError)
        #expect(sandbox.requestLog.count(status: 500) == 3)
        await sandbox.stop()
    }

    @Test("nothing listening: a safe call fails with transport after its attempts, and says what to check")
    func nothingListening() throws {
        let client = CRMClient(configuration: CRMClientConfiguration(
            baseURL: try BaseURL("http://127.0.0.1:9/api/crm/v1"), credential: APICredential(key: "k")!,
            retry: RetryPolicy(maxAttempts: 2, baseDelay: .milliseconds(1))))
        do { _ = try client.getCustomer(id: "x"); Issue.record("no error") } catch {
            #expect(error.code == .transport)
            #expect(error.hint.contains("network"))
        }
    }

    @Test("an answer later than the timeout: a GET is retried and then gives up; a PUT is outcomeUnknown at once")
    func timeouts() async throws {
        let sandbox = try await SandboxFixture(faults: FaultSettings(slowRate: 1, slowMilliseconds: 1_500))
        let client = CRMClient(configuration: CRMClientConfiguration(
            baseURL: try BaseURL(sandbox.server.baseURL), credential: APICredential(key: SandboxFixture.apiKey)!,
            requestsPerSecond: 0, timeouts: Timeouts(requestMilliseconds: 200), retry: RetryPolicy(maxAttempts: 2, baseDelay: .milliseconds(1))))
        let codes = try await SandboxFixture.call { () -> [CRMClientError.Code?] in
            let get: CRMClientError.Code?
            do { _ = try client.getCustomer(id: "c00001"); get = nil } catch let error as CRMClientError { get = error.code } catch { get = nil }
            let put: CRMClientError.Code?
            do { try client.putCustomer(id: "c00001", body: JSONObject(["first_name": .string("Late")])); put = nil } catch let error as CRMClientError {
                put = error.code
            } catch { put = nil }
            return [get, put]
        }
        #expect(codes == [.transport, .outcomeUnknown])
        await sandbox.stop()
    }
}

@Suite("Retry-After on a 503")
struct ServiceUnavailableTests {
    @Test("a GET answered 503 with Retry-After waits the time the server asks, not the short backoff")
    func retryAfterHonoured() async throws {
        let sandbox = try await SandboxFixture(faults: FaultSettings(unavailableRate: 1, unavailableRetryAfter: 1))
        let events = Mutex<[ClientEvent]>([])
        let client = try sandbox.client(retry: RetryPolicy(maxAttempts: 2, baseDelay: .milliseconds(1)),
                                        observer: { event in events.withLock { $0.append(event) } })
        let clock = ContinuousClock()
        let started = clock.now
        let code = try await SandboxFixture.call { () -> CRMClientError.Code? in
            do { _ = try client.getCustomer(id: "c00001"); return nil } catch let error as CRMClientError { return error.code } catch { return nil }
        }
        let elapsed = started.duration(to: clock.now)
        #expect(code == .serverError)
        #expect(sandbox.requestLog.count(status: 503) == 2)
        #expect(events.withLock { $0.map(\.wait) } == [.seconds(1)])
        #expect(elapsed >= .seconds(1), "the second attempt went out after \(elapsed)")
        await sandbox.stop()
    }

    @Test("a PUT answered 503 is not sent again (outcomeUnknown), and the check that follows waits the Retry-After")
    func putAnswered503() async throws {
        let sandbox = try await SandboxFixture(faults: FaultSettings(unavailableRate: 1, unavailableRetryAfter: 1))
        let client = try sandbox.client(retry: RetryPolicy(maxAttempts: 1, baseDelay: .milliseconds(1)))
        let clock = ContinuousClock()
        let (code, elapsed) = try await SandboxFixture.call { () -> (CRMClientError.Code?, Duration) in
            let put: CRMClientError.Code?
            do { try client.putCustomer(id: "c00001", body: JSONObject(["first_name": .string("X")])); put = nil } catch let error as CRMClientError {
                put = error.code
            } catch { put = nil }
            let afterPut = clock.now
            _ = try? client.getCustomer(id: "c00001")
            return (put, afterPut.duration(to: clock.now))
        }
        #expect(code == .outcomeUnknown)
        #expect(sandbox.requestLog.all.filter { $0.hasPrefix("PUT ") }.count == 1)
        #expect(elapsed >= .seconds(1), "the GET after the 503 went out after \(elapsed)")
        await sandbox.stop()
    }
}

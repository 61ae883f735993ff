import Foundation
import Reviewing
import ReviewTestSupport
@testable import ReviewServer
import Store
import Testing

@Suite("The review server: methods, error codes, all interfaces, a busy port")
struct ReviewServerHardeningTests {
    @Test("a method a path does not take is 405 with Allow, not 415")
    func methodNotAllowed() async throws {
        try await ReviewServerTests.withServer { server, fixture in
            let id = try ReviewServerTests.clusterID(fixture, holding: "t1")
            let base = ReviewServerTests.base(server)
            let onDecision = try await LoopbackHTTP.send("DELETE", base + "/api/clusters/\(id)/decision?token=\(server.token)",
                                                         headers: ReviewServerTests.origin(server))
            #expect(onDecision.status == 405)
            #expect(onDecision.headers["allow"] == "POST")
            #expect(onDecision.errorCode == "method_not_allowed")
            let onCluster = try await LoopbackHTTP.send("DELETE", base + "/api/clusters/\(id)?token=\(server.token)",
                                                        headers: ReviewServerTests.origin(server))
            #expect(onCluster.status == 405)
            #expect(onCluster.headers["allow"] == "GET, HEAD")
            let getOnDecision = try await LoopbackHTTP.send("GET", base + "/api/clusters/\(id)/decision?token=\(server.token)")
            #expect(getOnDecision.status == 405)
            #expect(try CustomerStore(path: fixture.database).decisions(runID: server.runID).isEmpty)
        }
    }

    @Test("every error code of the API is snake_case")
    func snakeCaseCodes() {
        #expect(ReviewRoutes.snakeCase("unknownCluster") == "unknown_cluster")
        #expect(ReviewRoutes.snakeCase("badRequest") == "bad_request")
        #expect(ReviewRoutes.snakeCase("notAMember") == "not_a_member")
        #expect(ReviewRoutes.snakeCase("bad_token") == "bad_token")
    }

    @Test("bound to 0.0.0.0: a decision from the page loaded by host name, interface address or loopback is accepted; the URL printed is usable")
    func allInterfaces() async throws {
        let fixture = try ReviewFixture()
        defer { fixture.cleanUp() }
        let server = try await ReviewServer.start(ReviewServerConfiguration(
            databasePath: fixture.database, host: "0.0.0.0", port: 0, reviewer: "hanako"))
        do {
            try await checkAllInterfaces(server, fixture)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    private func checkAllInterfaces(_ server: RunningReviewServer, _ fixture: ReviewFixture) async throws {
        #expect(!server.url.contains("0.0.0.0"))
        let id = try ReviewServerTests.clusterID(fixture, holding: "t1")
        let url = "http://127.0.0.1:\(server.port)/api/clusters/\(id)/decision?token=\(server.token)"
        var origins = ["http://127.0.0.1:\(server.port)", "http://localhost:\(server.port)"]
        let shown = try #require(URL(string: server.url)?.host)
        origins.append("http://\(shown):\(server.port)")
        if let lan = LocalAddresses.interfaceAddresses().first(where: { !$0.hasPrefix("127.") && !$0.contains(":") }) {
            origins.append("http://\(lan):\(server.port)")
        }
        for origin in origins {
            let reply = try await LoopbackHTTP.send("POST", url, json: #"{"decision":"approve"}"#, headers: ["Origin": origin])
            #expect(reply.status == 200, "\(origin): \(reply.body)")
        }
        for origin in ["http://0.0.0.0:1", "http://evil.example:\(server.port)", "http://127.0.0.1:1"] {
            let reply = try await LoopbackHTTP.send("POST", url, json: #"{"decision":"approve"}"#, headers: ["Origin": origin])
            #expect(reply.status == 403, "\(origin)")
        }
    }

    @Test("a port already in use is one plain sentence naming the port and --port")
    func portInUse() async throws {
        try await ReviewServerTests.withServer { server, fixture in
            do {
                let second = try await ReviewServer.start(ReviewServerConfiguration(
                    databasePath: fixture.database, port: server.port, reviewer: "hanako"))
                await second.stop()
                Issue.record("a second server listened on the same port")
            } catch {
                #expect(String(describing: error) == "port \(server.port) on 127.0.0.1 is in use; choose another with --port")
            }
        }
    }
}

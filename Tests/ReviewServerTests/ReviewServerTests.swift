import Foundation
import Reviewing
import ReviewServer
import ReviewTestSupport
import Store
import Testing

@Suite("The review server over real HTTP on loopback")
struct ReviewServerTests {
    /// Starts a server on a free loopback port over a fresh copy of the fixture's database.
    static func withServer(_ body: (RunningReviewServer, ReviewFixture) async throws -> Void) async throws {
        let fixture = try ReviewFixture()
        defer { fixture.cleanUp() }
        let server = try await ReviewServer.start(ReviewServerConfiguration(
            databasePath: fixture.database, port: 0, reviewer: "hanako"))
        do {
            try await body(server, fixture)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    static func base(_ s: RunningReviewServer) -> String { "http://127.0.0.1:\(s.port)" }
    static func origin(_ s: RunningReviewServer) -> [String: String] { ["Origin": base(s)] }

    /// The id of the cluster holding `customerID`, read from the database.
    static func clusterID(_ fixture: ReviewFixture, holding customerID: String) throws -> Int {
        let board = try ReviewBoard(databasePath: fixture.database)
        return try #require(try board.clusterID(containing: customerID))
    }

    @Test("without the token, or with a wrong one, nothing is served (JSON error 401)")
    func tokenRequired() async throws {
        try await Self.withServer { server, _ in
            #expect(server.port > 0)
            #expect(server.url == "http://127.0.0.1:\(server.port)/?token=\(server.token)")
            for url in [Self.base(server) + "/", Self.base(server) + "/?token=wrong", Self.base(server) + "/api/clusters/1"] {
                let reply = try await LoopbackHTTP.send("GET", url)
                #expect(reply.status == 401, "\(url)")
                #expect(reply.errorCode == "bad_token")
                #expect(!reply.body.contains("Tanaka"))
            }
            let page = try await LoopbackHTTP.send("GET", server.url)
            #expect(page.status == 200)
            #expect(page.headers["content-type"]?.hasPrefix("text/html") == true)
            #expect(page.headers["cache-control"] == "no-store")
            #expect(page.body.contains(#"id="tcd-data""#))
            #expect(!page.body.contains("Tarou"), "the page is a shell: clusters come from the API")
            #expect(page.body.utf8.count < 200_000)
        }
    }

    @Test("a state-changing request from another origin is refused and changes nothing")
    func crossOriginRefused() async throws {
        try await Self.withServer { server, fixture in
            let id = try Self.clusterID(fixture, holding: "t1")
            let url = Self.base(server) + "/api/clusters/\(id)/decision?token=\(server.token)"
            let evil = try await LoopbackHTTP.send("POST", url, json: #"{"decision":"approve"}"#,
                                                    headers: ["Origin": "http://evil.example"])
            #expect(evil.status == 403)
            #expect(evil.errorCode == "cross_origin")
            let otherPort = try await LoopbackHTTP.send("POST", url, json: #"{"decision":"approve"}"#,
                                                         headers: ["Origin": "http://127.0.0.1:1"])
            #expect(otherPort.status == 403)
            let crossSite = try await LoopbackHTTP.send("POST", url, json: #"{"decision":"approve"}"#,
                                                         headers: ["Sec-Fetch-Site": "cross-site"])
            #expect(crossSite.status == 403)
            let form = try await LoopbackHTTP.send("POST", url, headers: ["Content-Type": "application/x-www-form-urlencoded"])
            #expect(form.status == 415)
            let noToken = try await LoopbackHTTP.send("POST", Self.base(server) + "/api/clusters/\(id)/decision",
                                                      json: #"{"decision":"approve"}"#, headers: Self.origin(server))
            #expect(noToken.status == 401)
            #expect(try CustomerStore(path: fixture.database).decisions(runID: server.runID).isEmpty)
        }
    }

    @Test("decisions posted by the page are stored with the reviewer and survive a restart")
    func decisionsPersist() async throws {
        let fixture = try ReviewFixture()
        defer { fixture.cleanUp() }
        let tanaka = try Self.clusterID(fixture, holding: "t1")
        let suzuki = try Self.clusterID(fixture, holding: "s1")
        let first = try await ReviewServer.start(ReviewServerConfiguration(databasePath: fixture.database, port: 0, reviewer: "hanako"))
        let approve = try await LoopbackHTTP.send("POST", Self.base(first) + "/api/clusters/\(tanaka)/decision?token=\(first.token)",
                                                  json: #"{"decision":"approve"}"#, headers: Self.origin(first))
        #expect(approve.status == 200)
        let review = (approve.json["cluster"] as? [String: Any])?["review"] as? [String: Any]
        #expect(review?["verdict"] as? String == "approved")
        #expect(review?["reviewer"] as? String == "hanako")
        // The header carries the token as well as the query does.
        let reject = try await LoopbackHTTP.send("POST", Self.base(first) + "/api/clusters/\(suzuki)/decision",
                                                 json: #"{"decision":"reject"}"#,
                                                 headers: Self.origin(first).merging(["X-Review-Token": first.token]) { a, _ in a })
        #expect(reject.status == 200)
        await first.stop()

        let store = try CustomerStore(path: fixture.database)
        #expect(try store.decisions(runID: first.runID).map(\.verdict) == (tanaka < suzuki ? [.approved, .rejected] : [.rejected, .approved]))
        #expect(try store.approvedClusters(runID: first.runID).map(\.clusterID) == [tanaka])

        let second = try await ReviewServer.start(ReviewServerConfiguration(databasePath: fixture.database, port: 0, reviewer: "taro"))
        let cluster = try await LoopbackHTTP.send("GET", Self.base(second) + "/api/clusters/\(suzuki)?token=\(second.token)")
        #expect(((cluster.json["cluster"] as? [String: Any])?["review"] as? [String: Any])?["verdict"] as? String == "rejected")
        let approved = try await LoopbackHTTP.send("GET", Self.base(second) + "/api/clusters?queue=all&decision=approved&token=\(second.token)")
        #expect((approved.json["clusters"] as? [[String: Any]])?.compactMap { $0["cluster_id"] as? Int } == [tanaka])
        await second.stop()
    }

    @Test("choosing another victor over HTTP answers with the plan resolved again")
    func victorChangeRecomputesPlan() async throws {
        try await Self.withServer { server, fixture in
            let id = try Self.clusterID(fixture, holding: "t1")
            let reply = try await LoopbackHTTP.send("POST", Self.base(server) + "/api/clusters/\(id)/victor?token=\(server.token)",
                                                    json: #"{"victor_id":"t2"}"#, headers: Self.origin(server))
            #expect(reply.status == 200)
            let plan = (reply.json["cluster"] as? [String: Any])?["plan"] as? [String: Any]
            #expect(plan?["victor_id"] as? String == "t2")
            #expect(Set(plan?["victim_ids"] as? [String] ?? []) == ["t1", "t3"])
            let body = plan?["body"] as? [String: Any]
            #expect(Set(body?["merge_customer_ids"] as? [String] ?? []) == ["t1", "t3"])
            let stored = try CustomerStore(path: fixture.database).decision(runID: server.runID, clusterID: id)
            #expect(stored?.victorID == "t2")
            #expect(stored?.chosenVictorID == "t2")
            #expect(stored?.reviewer == "hanako")
        }
    }

    @Test("mistakes come back as JSON errors a page can show")
    func jsonErrors() async throws {
        try await Self.withServer { server, fixture in
            let id = try Self.clusterID(fixture, holding: "s1")
            func post(_ path: String, _ json: String) async throws -> LoopbackHTTP.Reply {
                try await LoopbackHTTP.send("POST", Self.base(server) + path + "?token=\(server.token)", json: json, headers: Self.origin(server))
            }
            let unknown = try await post("/api/clusters/99999/decision", #"{"decision":"approve"}"#)
            #expect(unknown.status == 404)
            #expect(unknown.errorCode == "unknown_cluster")
            let badDecision = try await post("/api/clusters/\(id)/decision", #"{"decision":"maybe"}"#)
            #expect(badDecision.status == 400)
            #expect(badDecision.errorCode == "bad_request")
            let notJSON = try await post("/api/clusters/\(id)/decision", "approve")
            #expect(notJSON.status == 400)
            let pairRemoval = try await post("/api/clusters/\(id)/remove", #"{"member_id":"s1"}"#)
            #expect(pairRemoval.status == 409)
            #expect(pairRemoval.errorCode == "too_few_members")
            let stranger = try await post("/api/clusters/\(id)/victor", #"{"victor_id":"t1"}"#)
            #expect(stranger.status == 409)
            #expect(stranger.errorCode == "not_a_member")
            let nowhere = try await LoopbackHTTP.send("GET", Self.base(server) + "/nowhere?token=\(server.token)")
            #expect(nowhere.status == 404)
            #expect(nowhere.errorCode == "not_found")
        }
    }
}

import Foundation
import Reviewing
import ReviewServer
import ReviewTestSupport
import Store
import Testing

/// The review API a page at a time: paging, filters, search, the queue shared by two
/// reviewers, and customer text kept inert in the JSON.
@Suite("The review queue API over real HTTP")
struct ReviewQueueAPITests {
    static func get(_ server: RunningReviewServer, _ path: String) async throws -> LoopbackHTTP.Reply {
        try await LoopbackHTTP.send("GET", ReviewServerTests.base(server) + path + (path.contains("?") ? "&" : "?") + "token=\(server.token)")
    }

    static func post(_ server: RunningReviewServer, _ path: String, _ json: String) async throws -> LoopbackHTTP.Reply {
        try await LoopbackHTTP.send("POST", ReviewServerTests.base(server) + path + "?token=\(server.token)", json: json,
                                    headers: ReviewServerTests.origin(server))
    }

    static func ids(_ reply: LoopbackHTTP.Reply) -> [Int] {
        (reply.json["clusters"] as? [[String: Any]])?.compactMap { $0["cluster_id"] as? Int } ?? []
    }

    /// Waits until the server has built the run's search keys (in the background).
    static func waitForSearch(_ server: RunningReviewServer) async throws {
        for _ in 0..<600 {
            let reply = try await get(server, "/api/progress?queue=all")
            if (reply.json["search"] as? [String: Any])?["ready"] as? Bool == true { return }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        Issue.record("the search index was not built")
    }

    @Test("walking the list with the cursor, one cluster a page, returns every cluster once in the order asked")
    func pagingOverHTTP() async throws {
        try await ReviewServerTests.withServer { server, fixture in
            var seen: [Int] = []
            var cursor: Int?
            repeat {
                let reply = try await Self.get(server, "/api/clusters?queue=all&sort=cluster-id&limit=1" + (cursor.map { "&cursor=\($0)" } ?? ""))
                #expect(reply.status == 200)
                seen += Self.ids(reply)
                cursor = reply.json["next_cursor"] as? Int
            } while cursor != nil
            let store = try CustomerStore(path: fixture.database)
            #expect(seen == (try store.clusters(runID: server.runID)).map(\.clusterID).sorted())
            let bad = try await Self.get(server, "/api/clusters?sort=sideways")
            #expect(bad.status == 400)
            #expect(bad.errorCode == "bad_request")
            let size = try await Self.get(server, "/api/clusters?queue=all&size=3")
            #expect(Self.ids(size) == [try ReviewServerTests.clusterID(fixture, holding: "t1")])
        }
    }

    @Test("search over HTTP finds a cluster by kana, by a phone written another way, and by email")
    func searchOverHTTP() async throws {
        try await ReviewServerTests.withServer { server, fixture in
            try await Self.waitForSearch(server)
            let tanaka = try ReviewServerTests.clusterID(fixture, holding: "t1")
            let suzuki = try ReviewServerTests.clusterID(fixture, holding: "s1")
            for (text, expected) in [("タナカ", tanaka), ("070-5555-6666", suzuki), ("Hanako.Suzuki@example.jp", suzuki)] {
                let q = text.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
                #expect(Self.ids(try await Self.get(server, "/api/clusters?queue=all&q=\(q)")) == [expected], "\(text)")
            }
        }
    }

    @Test("two reviewers' browsers are handed different clusters, and each decision records who made it")
    func twoReviewers() async throws {
        try await ReviewServerTests.withServer { server, fixture in
            func claim(_ holder: String, _ reviewer: String) -> String {
                #"{"queue":"all","limit":2,"holder":"\#(holder)","reviewer":"\#(reviewer)"}"#
            }
            let first = try await Self.post(server, "/api/queue/claim", claim("browser-1", "hanako"))
            let second = try await Self.post(server, "/api/queue/claim", claim("browser-2", "taro"))
            #expect(first.status == 200 && second.status == 200)
            #expect(Self.ids(first).count == 2)
            #expect(Self.ids(second).count == 1, "three clusters: one is left for the second browser")
            #expect(Set(Self.ids(first)).isDisjoint(with: Self.ids(second)))
            let progress = try await Self.get(server, "/api/progress?queue=all")
            #expect((progress.json["progress"] as? [String: Any])?["leased"] as? Int == 3)

            let taros = Self.ids(second)[0]
            let decided = try await Self.post(server, "/api/clusters/\(taros)/decision", #"{"decision":"reject","reviewer":"taro"}"#)
            #expect(decided.status == 200)
            let hanakos = Self.ids(first)[0]
            _ = try await Self.post(server, "/api/clusters/\(hanakos)/decision", #"{"decision":"approve","reviewer":"hanako"}"#)
            let store = try CustomerStore(path: fixture.database)
            #expect(try store.decision(runID: server.runID, clusterID: taros)?.reviewer == "taro")
            #expect(try store.decision(runID: server.runID, clusterID: hanakos)?.reviewer == "hanako")
            // Decided clusters are not held any more, and are not handed out again.
            let after = try await Self.get(server, "/api/progress?queue=all")
            let counts = after.json["progress"] as? [String: Any]
            #expect(counts?["leased"] as? Int == 1)
            #expect(counts?["decided"] as? Int == 2)
            let third = try await Self.post(server, "/api/queue/claim", claim("browser-3", "ken"))
            #expect(Self.ids(third).isEmpty, "the last open cluster is still held by the first browser")
            _ = try await Self.post(server, "/api/queue/release", #"{"holder":"browser-1"}"#)
            #expect(Self.ids(try await Self.post(server, "/api/queue/claim", claim("browser-3", "ken"))) == [Self.ids(first)[1]])
            let badName = try await Self.post(server, "/api/clusters/\(hanakos)/decision", "{\"decision\":\"approve\",\"reviewer\":\"a\\u0007b\"}")
            #expect(badName.status == 400)
        }
    }

    @Test("customer text in the JSON API is inert: no raw markup characters, and the name reads back exactly")
    func jsonEscaping() async throws {
        try await ReviewServerTests.withServer { server, fixture in
            let hostile = try ReviewServerTests.clusterID(fixture, holding: "h1")
            let reply = try await Self.get(server, "/api/clusters/\(hostile)")
            #expect(reply.headers["content-type"] == "application/json; charset=utf-8")
            #expect(reply.headers["x-content-type-options"] == "nosniff")
            #expect(!reply.body.contains("<img"))
            let members = (reply.json["cluster"] as? [String: Any])?["members"] as? [[String: Any]]
            #expect(members?.first?["last_name"] as? String == ReviewFixture.hostileName)
            let list = try await Self.get(server, "/api/clusters?queue=all")
            #expect(!list.body.contains("<"))
        }
    }
}

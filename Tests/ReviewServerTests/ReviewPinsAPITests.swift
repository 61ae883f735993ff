import Foundation
import ReviewServer
import ReviewTestSupport
import Store
import Testing

@Suite("Never-merge pins over the review API")
struct ReviewPinsAPITests {
    @Test("a rejected cluster shows its key and pins; a pin is lifted from the page's origin only")
    func pinsShownAndLifted() async throws {
        try await ReviewServerTests.withServer { server, fixture in
            let id = try ReviewServerTests.clusterID(fixture, holding: "t1")
            let base = ReviewServerTests.base(server)
            let decided = try await LoopbackHTTP.send("POST", base + "/api/clusters/\(id)/decision?token=\(server.token)",
                                                      json: #"{"decision":"reject","reviewer":"jiro"}"#,
                                                      headers: ReviewServerTests.origin(server))
            #expect(decided.status == 200, "\(decided.body)")
            let cluster = try #require(decided.json["cluster"] as? [String: Any])
            #expect(cluster["cluster_key"] as? String == "t1")
            let pins = try #require(cluster["pins"] as? [[String: Any]])
            #expect(pins.count == 3)
            #expect(pins.allSatisfy { $0["inside"] as? Bool == true && $0["reason"] as? String == "rejected" })

            let pinID = try #require(pins.first?["id"] as? Int)
            let lift = base + "/api/pins/\(pinID)/lift?token=\(server.token)"
            let evil = try await LoopbackHTTP.send("POST", lift, json: "{}", headers: ["Origin": "http://evil.example"])
            #expect(evil.status == 403)
            #expect(try CustomerStore(path: fixture.database).livePins().count == 3)
            let lifted = try await LoopbackHTTP.send("POST", lift, json: #"{"reviewer":"jiro"}"#, headers: ReviewServerTests.origin(server))
            #expect(lifted.status == 200)
            #expect(lifted.json["lifted"] as? Bool == true)
            let after = try await LoopbackHTTP.send("GET", base + "/api/clusters/\(id)?token=\(server.token)")
            #expect(((after.json["cluster"] as? [String: Any])?["pins"] as? [Any])?.count == 2)
            let store = try CustomerStore(path: fixture.database)
            #expect(try store.pin(id: Int64(pinID))?.liftedBy == "jiro")
        }
    }
}

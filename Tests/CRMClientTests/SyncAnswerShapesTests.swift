import CRMClient
import CRMModel
import Testing

/// Answers of `GET /sync_events` the sandbox does not serve, read as the client reads them.
@Suite("Sync API answers in other plausible shapes")
struct SyncAnswerShapesTests {
    private func page(_ json: String, askedWith cursor: SyncCursor? = nil, limit: Int = 100) throws -> SyncEventPage? {
        SyncEventPage(answer: try JSONValue(parsing: Array(json.utf8)), askedWith: cursor, limit: limit)
    }

    @Test("an `events` list with other spellings, numeric ids and a next_cursor token")
    func eventsWithToken() throws {
        let p = try #require(try page("""
            {"events": [
              {"id": 41, "type": "destroy", "syncable_type": "Customer", "syncable_id": 5},
              {"id": 42, "event_type": "archived", "syncable_type": "customer", "syncable_id": "6"},
              {"id": 43, "event_type": "created", "syncable_type": "reservation", "syncable_id": "r1"},
              {"event_type": "updated", "syncable_type": "customer"}
            ], "next_cursor": "tok/en+1"}
            """))
        #expect(p.events.map(\.id) == ["41", "42", "43"])
        #expect(p.events.map(\.kind) == [.deleted, .other("archived"), .created])
        #expect(p.events.map(\.isCustomer) == [true, true, false])
        #expect(p.events.first?.syncableID == "5")
        #expect(p.malformed == 1)
        #expect(p.next?.query == "cursor=tok%2Fen%2B1")
        #expect(p.hasMore == false)   // 4 items, limit 100, nothing says more
    }

    @Test("a full bare array means more; the next cursor keeps the parameter the server was asked with")
    func bareArrayKeepsParameter() throws {
        let p = try #require(try page(#"[{"id": "7", "event_type": "updated", "syncable_type": "customer", "syncable_id": "a"}]"#,
                                      askedWith: SyncCursor(query: "after=6"), limit: 1))
        #expect(p.hasMore)
        #expect(p.next?.query == "after=7")
    }

    @Test("an empty page keeps the cursor it was asked with; an object without a list is no answer")
    func emptyAndInvalid() throws {
        let cursor = SyncCursor.afterEvent("9")
        let empty = try #require(try page(#"{"sync_events": [], "pagination": {"has_more": false}}"#, askedWith: cursor))
        #expect(empty.next == cursor)
        #expect(!empty.hasMore)
        #expect(try page(#"{"error": "nope"}"#) == nil)
    }

    @Test("a next link's query is the cursor, without the client's own limit")
    func nextLink() throws {
        let p = try #require(try page(#"{"data": [{"id": "3", "event_type": "created", "syncable_type": "customer", "syncable_id": "z"}], "links": {"next": "https://api.example/api/sync/v1/sync_events?limit=50&page_token=xyz"}}"#))
        #expect(p.next?.query == "page_token=xyz")
        #expect(p.hasMore)
    }
}

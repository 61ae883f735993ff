import CRMModel
import Foundation
import StandingIndex
import Store
import Testing

/// `DuplicateFinder` over the generated base's standing index.
@Suite struct DuplicateFinderTests {
    private func record(_ store: CustomerStore, _ id: String) throws -> JSONObject {
        let row = try #require(try store.customer(id: id))
        guard case .object(let object) = try JSONValue(parsing: row.raw) else { throw CustomerError.notAnObject }
        return object
    }

    @Test func aStoredCustomerFindsItsDuplicateWithTheRunsWeightAndEvidence() throws {
        let base = try IndexedBase.shared.get()
        let store = try CustomerStore(path: base.database, mode: .readOnly)
        let pairs = try store.pairs(runID: base.runID).filter { $0.probability >= 0.99 }
        let pair = try #require(pairs.first)
        let finder = DuplicateFinder(index: try StandingIndex.open(store: store))
        let checked = try finder.check([try record(store, pair.a)], minimumProbability: 0.5)[0]
        #expect(checked.inBase && checked.customerID == pair.a)
        #expect(!checked.duplicates.contains { $0.customerID == pair.a }, "a customer is not its own duplicate")
        let found = try #require(checked.duplicates.first { $0.customerID == pair.b })
        #expect(abs(found.matchWeight - pair.matchWeight) < 1e-4)
        #expect(found.overReviewThreshold)
        let evidence = found.explanation
        #expect(evidence.customerA == pair.a && evidence.customerB == pair.b)
        #expect(abs(evidence.outcomes.reduce(evidence.priorWeight) { $0 + $1.weight } - found.matchWeight) < 1e-9,
                "the evidence adds up to the weight")
        #expect(evidence.outcomes.contains { $0.weight > 0 && $0.level != "missing" })
    }

    @Test func aNewCopyOfACustomerFindsThatCustomer() throws {
        let base = try IndexedBase.shared.get()
        let store = try CustomerStore(path: base.database, mode: .readOnly)
        let pair = try #require(try store.pairs(runID: base.runID).first { $0.probability >= 0.99 })
        var object = try record(store, pair.a)
        object = JSONObject(object.members.filter { $0.key != "id" })
        let checked = try DuplicateFinder(index: try StandingIndex.open(store: store)).check([object], minimumProbability: 0.5)[0]
        #expect(!checked.inBase && checked.customerID == nil)
        #expect(checked.duplicates.first?.customerID == pair.a || checked.duplicates.prefix(2).contains { $0.customerID == pair.a },
                "the customer it copies is among its likeliest duplicates")
        #expect(checked.duplicates.contains { $0.customerID == pair.b })
    }

    @Test func aRecordUnlikeAnyCustomerHasNoDuplicates() throws {
        let base = try IndexedBase.shared.get()
        let store = try CustomerStore(path: base.database, mode: .readOnly)
        let stranger = try JSONValue(parsing: """
            {"last_name":"Qwyzzlethorpe","first_name":"Zebulon","phones":["+44 20 7946 0958"],"emails":["zq.unique@nowhere.invalid"]}
            """)
        guard case .object(let object) = stranger else { Issue.record("not an object"); return }
        let checked = try DuplicateFinder(index: try StandingIndex.open(store: store)).check([object], minimumProbability: 0.65)
        #expect(checked.count == 1)
        #expect(checked[0].duplicates.isEmpty)
    }

    @Test func malformedJSONLinesNameTheLine() {
        let text = """
            {"id":"a","last_name":"Tanaka"}

            {"id":"b","last_name":"Sato"}
            {"id":"c","last_name":"Suzuki"
            """
        #expect(throws: MatchInputError.self) { try MatchInputReader.records(text, source: "bookings.jsonl") }
        do {
            _ = try MatchInputReader.records(text, source: "bookings.jsonl")
        } catch {
            #expect(error.line == 4)
            #expect(error.description.hasPrefix("bookings.jsonl line 4:"))
        }
    }

    @Test func oneObjectAnArrayAndJSONLinesAllRead() throws {
        let pretty = "{\n  \"id\": \"a\",\n  \"last_name\": \"Tanaka\"\n}\n"
        #expect(try MatchInputReader.records(pretty, source: "stdin").count == 1)
        #expect(try MatchInputReader.records(#"[{"id":"a"},{"id":"b"}]"#, source: "stdin").count == 2)
        #expect(try MatchInputReader.records("{\"id\":\"a\"}\n{\"id\":\"b\"}\n{\"id\":\"c\"}\n", source: "stdin").count == 3)
        do {
            _ = try MatchInputReader.records("{\n  \"id\": \"a\",\n  \"last_name\" \"Tanaka\"\n}\n", source: "stdin")
            Issue.record("a broken object must not read")
        } catch {
            #expect(error.line == 3)
        }
    }
}

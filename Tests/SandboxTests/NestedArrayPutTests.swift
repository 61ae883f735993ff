import CRMClient
import CRMModel
import SandboxTestSupport
import Testing

@Suite("PUT /customers/{id}: addresses, events, tags, memo and strict phones")
struct NestedArrayPutTests {
    /// One customer `n1` with an address, a birthday event, tags and a memo.
    static func customer() throws -> Customer {
        try Customer(json: JSONObject([
            "id": .string("n1"), "first_name": .string("Hanako"),
            "phones": .array([.string("+819000000001")]),
            "addresses": .array([.object(JSONObject(["id": .string("a1"), "postal_code": .string("150-0001"),
                                                     "street": .string("神宮前1-2-3")]))]),
            "events": .array([.object(JSONObject(["id": .string("ev1"), "event_type": .string("birthday"),
                                                  "date": .string("1984-03-05")]))]),
            "tags": .array([.string("VIP")]),
            "memo": .string("window seat"),
        ]))
    }

    /// Sends `body` to `n1` and returns the customer as the sandbox answers it.
    func put(_ body: JSONObject) async throws -> Customer {
        let sandbox = try await SandboxFixture(customers: [try Self.customer()])
        let client = try sandbox.client()
        let updated = try await SandboxFixture.call { try client.putCustomer(id: "n1", body: body) }
        await sandbox.stop()
        return updated
    }

    func objects(_ customer: Customer, _ key: String) -> [JSONObject] {
        customer.json[key]?.arrayValue?.compactMap(\.objectValue) ?? []
    }

    @Test("an address without an id is appended with a new id; the existing one stays as it was")
    func addressAppended() async throws {
        let updated = try await put(JSONObject(["addresses": .array([.object(JSONObject([
            "postal_code": .string("530-0001"), "street": .string("梅田1-12-4")]))])]))
        let addresses = objects(updated, "addresses")
        #expect(addresses.count == 2)
        #expect(addresses[0] == JSONObject(["id": .string("a1"), "postal_code": .string("150-0001"), "street": .string("神宮前1-2-3")]))
        #expect(addresses[1]["street"] == .string("梅田1-12-4"))
        #expect(addresses[1]["id"]?.stringValue?.isEmpty == false)
    }

    @Test("overwrite_addresses replaces the addresses with those sent")
    func addressOverwrite() async throws {
        let updated = try await put(JSONObject([
            "addresses": .array([.object(JSONObject(["postal_code": .string("530-0001"), "street": .string("梅田1-12-4")]))]),
            "overwrite_addresses": .bool(true),
        ]))
        #expect(objects(updated, "addresses").map { $0["street"] } == [.string("梅田1-12-4")])
    }

    @Test("{id, _destroy: true} removes an address")
    func addressDestroyed() async throws {
        let updated = try await put(JSONObject(["addresses": .array([.object(JSONObject(["id": .string("a1"), "_destroy": .bool(true)]))])]))
        #expect(objects(updated, "addresses").isEmpty)
    }

    @Test("an event without an id is appended; the birthday already there is kept")
    func eventAppended() async throws {
        let updated = try await put(JSONObject(["events": .array([.object(JSONObject([
            "event_type": .string("anniversary"), "date": .string("2010-06-01")]))])]))
        #expect(objects(updated, "events").map { $0["event_type"] } == [.string("birthday"), .string("anniversary")])
        #expect(objects(updated, "events")[0]["id"] == .string("ev1"))
    }

    @Test("tags and memo are plain fields: the value sent replaces the stored one")
    func plainFields() async throws {
        let updated = try await put(JSONObject(["tags": .array([.string("VIP"), .string("wine")]), "memo": .string("window seat\n\nnew")]))
        #expect(updated.json["tags"] == .array([.string("VIP"), .string("wine")]))
        #expect(updated.json["memo"] == .string("window seat\n\nnew"))
    }

    @Test("a phone in E.164 form that is no real number is refused with 422, and nothing changes")
    func invalidPhoneRefused() async throws {
        let sandbox = try await SandboxFixture(customers: [try Self.customer()])
        let client = try sandbox.client()
        let outcome = try await SandboxFixture.call { () -> CRMClientError? in
            do {
                try client.putCustomer(id: "n1", body: JSONObject(["memo": .string("changed"), "phones": .array([.string("+81901234")])]))
                return nil
            } catch let error as CRMClientError { return error } catch { return nil }
        }
        #expect(outcome?.status == 422)
        #expect(outcome?.message.contains("+81901234") == true)
        let after = try await SandboxFixture.call { try client.getCustomer(id: "n1") }
        #expect(after.json["memo"] == .string("window seat"))
        #expect(after.json["phones"] == .array([.string("+819000000001")]))
        await sandbox.stop()
    }
}

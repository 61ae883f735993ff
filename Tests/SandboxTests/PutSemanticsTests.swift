import CRMClient
import CRMModel
import SandboxTestSupport
import Testing

@Suite("PUT /customers/{id}: how the sandbox changes phones, emails and nested objects")
struct PutSemanticsTests {
    private func phones(_ customer: Customer) -> [String] {
        customer.json["phones"]?.arrayValue?.compactMap(\.stringValue) ?? []
    }

    private func phoneObjectNumbers(_ customer: Customer) -> [String] {
        customer.json["phone_objects"]?.arrayValue?.compactMap { $0.objectValue?["number"]?.stringValue } ?? []
    }

    @Test("phones sent as strings are appended to the existing ones, and phone_objects follow")
    func stringsAppend() async throws {
        let sandbox = try await SandboxFixture()
        let client = try sandbox.client()
        let updated = try await SandboxFixture.call {
            try client.putCustomer(id: "c00001", body: JSONObject(["phones": .array([.string("+818044445555")])]))
        }
        #expect(phones(updated) == ["+819000000001", "+818044445555"])
        #expect(phoneObjectNumbers(updated) == phones(updated))
        await sandbox.stop()
    }

    @Test("overwrite_phones replaces every phone; overwrite_emails every email")
    func overwriteReplaces() async throws {
        let sandbox = try await SandboxFixture()
        let client = try sandbox.client()
        let updated = try await SandboxFixture.call {
            try client.putCustomer(id: "c00002", body: JSONObject([
                "phones": .array([.string("+818044445555")]), "overwrite_phones": .bool(true),
                "emails": .array([.string("me@test.com")]), "overwrite_emails": .bool(true),
            ]))
        }
        #expect(phones(updated) == ["+818044445555"])
        #expect(phoneObjectNumbers(updated) == ["+818044445555"])
        #expect(updated.json["emails"] == .array([.string("me@test.com")]))
        await sandbox.stop()
    }

    @Test("{id, _destroy: true} removes a phone, an email and an image")
    func destroyRemoves() async throws {
        let sandbox = try await SandboxFixture()
        let client = try sandbox.client()
        let updated = try await SandboxFixture.call {
            try client.putCustomer(id: "c00003", body: JSONObject([
                "phones": .array([.object(JSONObject(["id": .string("p3"), "_destroy": .bool(true)]))]),
                "emails": .array([.object(JSONObject(["id": .string("e3"), "_destroy": .bool(true)]))]),
                "images": .array([.object(JSONObject(["id": .string("img3"), "_destroy": .bool(true)]))]),
            ]))
        }
        #expect(phones(updated).isEmpty)
        #expect(updated.json["phone_objects"] == .array([]))
        #expect(updated.json["emails"] == .array([]))
        #expect(updated.json["images"] == .array([]))
        await sandbox.stop()
    }

    @Test("{id, number} changes that phone in place, keeping its id")
    func objectModifies() async throws {
        let sandbox = try await SandboxFixture()
        let client = try sandbox.client()
        let updated = try await SandboxFixture.call {
            try client.putCustomer(id: "c00004", body: JSONObject([
                "phones": .array([.object(JSONObject(["id": .string("p4"), "number": .string("+14253334444")]))]),
            ]))
        }
        #expect(phones(updated) == ["+14253334444"])
        #expect(updated.json["phone_objects"]?.arrayValue?.first?.objectValue?["id"] == .string("p4"))
        await sandbox.stop()
    }

    @Test("a phone not in E.164 is refused with 422 and a message, and nothing changes")
    func badPhoneRefused() async throws {
        let sandbox = try await SandboxFixture()
        let client = try sandbox.client()
        let outcome = try await SandboxFixture.call { () -> CRMClientError? in
            do {
                try client.putCustomer(id: "c00005", body: JSONObject(["first_name": .string("Changed"), "phones": .array([.string("090-1234-5678")])]))
                return nil
            } catch let error as CRMClientError { return error } catch { return nil }
        }
        #expect(outcome?.code == .validation)
        #expect(outcome?.status == 422)
        #expect(outcome?.message.contains("E.164") == true)
        let after = try await SandboxFixture.call { try client.getCustomer(id: "c00005") }
        #expect(after.json["first_name"] == .string("Taro5"))
        #expect(phones(after) == ["+819000000005"])
        await sandbox.stop()
    }

    @Test("updating an existing image is refused; a new one is added from image_upload_url")
    func images() async throws {
        let sandbox = try await SandboxFixture()
        let client = try sandbox.client()
        let refused = try await SandboxFixture.call { () -> CRMClientError? in
            do {
                try client.putCustomer(id: "c00006", body: JSONObject(["images": .array([.object(JSONObject(["id": .string("img6"), "tags": .array([])]))])]))
                return nil
            } catch let error as CRMClientError { return error } catch { return nil }
        }
        #expect(refused?.code == .validation)
        let added = try await SandboxFixture.call {
            try client.putCustomer(id: "c00006", body: JSONObject(["images": .array([.object(JSONObject(["image_upload_url": .string("https://i.example/1.png")]))])]))
        }
        #expect(added.json["images"]?.arrayValue?.count == 2)
        await sandbox.stop()
    }

    @Test("every write changes updated_at")
    func updatedAtChanges() async throws {
        let sandbox = try await SandboxFixture()
        let client = try sandbox.client()
        let (first, second) = try await SandboxFixture.call {
            let a = try client.putCustomer(id: "c00007", body: JSONObject(["first_name": .string("A")]))
            let b = try client.putCustomer(id: "c00007", body: JSONObject(["first_name": .string("A")]))
            return (a.json["updated_at"], b.json["updated_at"])
        }
        #expect(first != .string("2024-01-01T00:00:00.000Z"))
        #expect(first != second)
        await sandbox.stop()
    }

    @Test("POST creates a customer with a new id; DELETE removes it")
    func createAndDelete() async throws {
        let sandbox = try await SandboxFixture()
        let client = try sandbox.client()
        let (created, missing) = try await SandboxFixture.call { () -> (Customer, CRMClientError.Code?) in
            let created = try client.postCustomer(JSONObject(["first_name": .string("New"), "phones": .array([.string("+81312345678")])]))
            try client.deleteCustomer(id: created.id)
            do { _ = try client.getCustomer(id: created.id); return (created, nil) } catch let error as CRMClientError { return (created, error.code) } catch { return (created, nil) }
        }
        #expect(created.json["phone_objects"]?.arrayValue?.count == 1)
        #expect(created.id.count == 24)
        #expect(missing == .notFound)
        await sandbox.stop()
    }
}

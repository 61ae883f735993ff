import CRMClient
import CRMModel
import Foundation
import Sandbox
import SandboxTestSupport
import Testing
import TestSupport

@Suite("Starting the sandbox from a JSON Lines file")
struct SeedDataTests {
    private func file(_ text: String) throws -> String {
        let path = temporaryPath("seed.jsonl")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("records with only phones and emails as strings get matching phone_objects and email_objects")
    func completesNestedObjects() async throws {
        let path = try file(#"{"id":"s1","phones":["+81312345678"],"emails":["a@b.jp"]}"# + "\n\n" + #"{"id":"s2"}"# + "\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let server = try await SandboxServer.start(SandboxConfiguration(dataPath: path))
        let client = CRMClient(configuration: CRMClientConfiguration(baseURL: try BaseURL(server.baseURL), credential: APICredential(key: "any")!))
        let customer = try await SandboxFixture.call { try client.getCustomer(id: "s1") }
        #expect(server.seededCustomers == 2)
        #expect(customer.json["phone_objects"]?.arrayValue?.first?.objectValue?["number"] == .string("+81312345678"))
        #expect(customer.json["email_objects"]?.arrayValue?.first?.objectValue?["email"] == .string("a@b.jp"))
        #expect(customer.json["merged_customer_ids"] == .array([]))
        await server.stop()
    }

    @Test("a broken line stops the start with the file and the line")
    func brokenLine() async throws {
        let path = try file(#"{"id":"s1"}"# + "\n\n" + #"{"id":"s2","#  + "\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try await SandboxServer.start(SandboxConfiguration(dataPath: path))
            Issue.record("started with a broken file")
        } catch let error as SandboxError {
            #expect(error.message.contains(path))
            #expect(error.message.contains("line 3"))
        }
    }
}

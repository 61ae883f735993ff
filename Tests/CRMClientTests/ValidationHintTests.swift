import CRMClient
import CRMModel
import SandboxTestSupport
import Testing

@Suite("What a 422 tells the user")
struct ValidationHintTests {
    @Test("a refused phone gets the E.164 hint")
    func phoneRefusal() async throws {
        let sandbox = try await SandboxFixture()
        let client = try sandbox.client()
        let error = try await SandboxFixture.call { () -> CRMClientError? in
            do { try client.putCustomer(id: "c00002", body: JSONObject(["phones": .array([.string("090-1234-5678")])])); return nil }
            catch let error as CRMClientError { return error } catch { return nil }
        }
        #expect(error?.code == .validation)
        #expect(error?.hint.contains("E.164") == true)
        await sandbox.stop()
    }

    @Test("a refusal that is not about phones shows the server's reason, not the E.164 hint")
    func otherRefusal() async throws {
        let sandbox = try await SandboxFixture()
        let client = try sandbox.client()
        let error = try await SandboxFixture.call { () -> CRMClientError? in
            do { _ = try client.startScroll(search: JSONObject(["favourite_colour": .string("red")])); return nil }
            catch let error as CRMClientError { return error } catch { return nil }
        }
        #expect(error?.code == .validation)
        #expect(error?.hint.contains("E.164") == false)
        #expect(error?.hint.contains("favourite_colour") == true)
        await sandbox.stop()
    }
}

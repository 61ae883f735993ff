import CRMClient
import CRMModel
import Sandbox
import SandboxTestSupport
import Testing

@Suite("Merging through PUT with merge_customer_ids")
struct MergeTests {
    @Test("victims answer 404 afterwards and the victor lists them in merged_customer_ids")
    func victimsDestroyed() async throws {
        let sandbox = try await SandboxFixture()
        let client = try sandbox.client()
        let (victor, codes) = try await SandboxFixture.call { () -> (Customer, [CRMClientError.Code?]) in
            let victor = try client.putCustomer(id: "c00001", body: JSONObject([
                "first_name": .string("Taro"), "merge_customer_ids": .array([.string("c00002"), .string("c00003")]),
            ]))
            let codes = ["c00002", "c00003"].map { id -> CRMClientError.Code? in
                do { _ = try client.getCustomer(id: id); return nil } catch let error as CRMClientError { return error.code } catch { return nil }
            }
            return (victor, codes)
        }
        #expect(victor.json["merged_customer_ids"] == .array([.string("c00002"), .string("c00003")]))
        #expect(victor.json["first_name"] == .string("Taro"))
        #expect(codes == [.notFound, .notFound])
        #expect(sandbox.server.customerCount == 8)
        await sandbox.stop()
    }

    @Test("the victims' images and reservations reach the victor later, not in the merge answer")
    func asynchronousTransfer() async throws {
        let sandbox = try await SandboxFixture(mergeDelay: .milliseconds(300))
        let client = try sandbox.client()
        let answer = try await SandboxFixture.call {
            try client.putCustomer(id: "c00001", body: JSONObject(["merge_customer_ids": .array([.string("c00002")])]))
        }
        #expect(answer.json["images"]?.arrayValue?.count == 1)
        var images = 1
        for _ in 0..<100 where images == 1 {
            try await Task.sleep(for: .milliseconds(50))
            images = try await SandboxFixture.call { try client.getCustomer(id: "c00001") }.json["images"]?.arrayValue?.count ?? 0
        }
        #expect(images == 2)
        let victor = try await SandboxFixture.call { try client.getCustomer(id: "c00001") }
        #expect(victor.json["reservation_count"]?.intValue == 3)   // 1 + 2
        await sandbox.stop()
    }

    @Test("merging an unknown or already merged customer is refused and changes nothing")
    func unknownVictim() async throws {
        let sandbox = try await SandboxFixture()
        let client = try sandbox.client()
        let code = try await SandboxFixture.call { () -> CRMClientError.Code? in
            do {
                try client.putCustomer(id: "c00001", body: JSONObject(["merge_customer_ids": .array([.string("c00002"), .string("nobody")])]))
                return nil
            } catch let error as CRMClientError { return error.code } catch { return nil }
        }
        #expect(code == .validation)
        #expect(sandbox.server.customerCount == 10)
        await sandbox.stop()
    }

    @Test("with victims lingering, a merged victim still answers GET with its old record, but is out of searches and cannot be merged again")
    func lingeringVictims() async throws {
        let sandbox = try await SandboxFixture(faults: FaultSettings(victimLinger: .seconds(3600)))
        let client = try sandbox.client()
        let (victim, total, again) = try await SandboxFixture.call { () -> (Customer, Int?, CRMClientError.Code?) in
            try client.putCustomer(id: "c00001", body: JSONObject(["merge_customer_ids": .array([.string("c00002")])]))
            let victim = try client.getCustomer(id: "c00002")
            let total = try client.startScroll(search: JSONObject()).totalResults
            let again: CRMClientError.Code?
            do {
                try client.putCustomer(id: "c00003", body: JSONObject(["merge_customer_ids": .array([.string("c00002")])]))
                again = nil
            } catch let error as CRMClientError { again = error.code } catch { again = nil }
            return (victim, total, again)
        }
        #expect(victim.id == "c00002")
        #expect(victim.json["merged_customer_ids"] == nil || victim.json["merged_customer_ids"] == .array([]))
        #expect(total == 9)
        #expect(again == .validation)
        await sandbox.stop()
    }
}

import CRMClient
@testable import Syncing
import Testing

@Suite("What a page of sync events asks of the store")
struct SyncBatchPlanTests {
    private func event(_ id: Int, _ kind: SyncEvent.Kind, _ customer: String?, type: String = "customer") -> SyncEvent {
        SyncEvent(id: String(id), kind: kind, syncableType: type, syncableID: customer)
    }

    @Test("each customer once, its last event deciding; unknown types and other objects skipped and counted")
    func lastEventDecides() {
        let page = SyncEventPage(events: [
            event(1, .created, "a"), event(2, .updated, "a"), event(3, .updated, "b"), event(4, .deleted, "b"),
            event(5, .deleted, "c"), event(6, .other("archived"), "d"), event(7, .updated, "r1", type: "reservation"),
            event(8, .updated, nil),
        ], next: nil, hasMore: false, malformed: 1)
        let plan = SyncBatchPlan(page)
        #expect(plan.fetchIDs == ["a"])
        #expect(plan.deletions.map(\.id) == ["b", "c"])
        #expect(plan.deletions.first?.reason == "sync event 4: deleted")
        #expect(plan.unknownEventTypes == 1)
        #expect(plan.otherSyncableTypes == 1)
        #expect(plan.malformed == 2)
        #expect(plan.skipped == 4)
    }
}

import Testing
@testable import Import
import Store

@Suite("A database failure during an import")
struct ImportStoreErrorTests {
    @Test("the disk-full hint is given once, not in the message and again as the hint")
    func diskFullHintOnce() {
        let storeError = StoreError(code: .diskFull, path: "/data/tc.db", sqliteCode: 13, message: "database or disk is full",
                                    hint: "The disk is full: free some space and run the command again.")
        let error = ImportError(storeError, importing: "/data/customers.jsonl")
        #expect(error.description.components(separatedBy: "free some space").count == 2)
        #expect(error.description.contains("database or disk is full"))
        #expect(error.storeError?.code == .diskFull)
    }
}

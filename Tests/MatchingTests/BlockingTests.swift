import Testing
@testable import Matching
import Rules
import Normalization

@Suite("Blocking")
struct BlockingTests {
    private func pairs(_ records: [NormalizedCustomer], _ rules: [BlockingRule] = MatchingSettings.standard.blockingRules) -> CandidatePairs {
        CandidatePairs.block(RecordTable(records), rules: rules)
    }

    @Test("records of different franchises never become candidates")
    func franchises() {
        let a = person("tanaka", "taro", phones: ["+819012345678"], franchise: "f1")
        let b = person("tanaka", "taro", phones: ["+819012345678"], franchise: "f2")
        #expect(pairs([a, b]).count == 0)
        #expect(pairs([a, a]).count == 1)
    }

    @Test("swapped family and given names meet through the symmetric name key")
    func swapped() {
        let a = person("tanaka", "taro")
        let b = person("taro", "tanaka")
        let rules = [BlockingRule(name: "name", keys: ["last_name", "first_name"])]
        #expect(pairs([a, b], rules).packed == [0 << 32 | 1])
        let straightOnly = [BlockingRule(name: "name", keys: ["last_name", "first_name"], symmetricNames: false)]
        #expect(pairs([a, b], straightOnly).count == 0)
    }

    @Test("a phone shared by more records than the cap is not expanded into pairs")
    func oversized() {
        let shared = (0..<60).map { k in person("guest\(k)", "x\(k)", phones: ["+81312345678"]) }
        let result = pairs(shared, [BlockingRule(name: "phone", keys: ["phone"], maximumBlockSize: 50)])
        #expect(result.count == 0)
        #expect(result.oversizedBlocks == 1)
        #expect(result.recordsInOversizedBlocks == 60)
    }

    @Test("placeholder names give no name keys, so they never chain records")
    func placeholders() {
        let a = person("guest", "", placeholder: true)
        let b = person("guest", "", placeholder: true)
        #expect(pairs([a, b]).count == 0)
    }

    @Test("pairs proposed by several rules appear once, ordered")
    func deduplicated() {
        let a = person("tanaka", "taro", phones: ["+819012345678"], emails: ["t@x.jp"], birthday: 19_800_101)
        let c = person("sato", "hanako")
        let b = person("tanaka", "taro", phones: ["+819012345678"], emails: ["t@x.jp"], birthday: 19_800_101)
        let result = pairs([a, c, b])
        #expect(result.packed == [0 << 32 | 2])
        #expect(result.pairsByRule.map(\.pairs).reduce(0, +) > 1)
    }

    @Test("multi-valued keys give one key per value")
    func multiValued() {
        let a = person("a", "a", phones: ["+819011111111", "+819022222222"])
        let b = person("b", "b", phones: ["+819022222222"])
        let c = person("c", "c", phones: ["+819011111111"])
        let result = pairs([a, b, c], [BlockingRule(name: "phone", keys: ["phone"], symmetricNames: false)])
        #expect(result.packed == [0 << 32 | 1, 0 << 32 | 2])
    }
}

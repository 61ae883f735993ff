import Testing
@testable import Matching
import Normalization

@Suite("Blocking keys by field name")
struct BlockingKeyTests {
    @Test("a key names a field and the form of its value")
    func forms() {
        #expect(BlockingKey("last_name_initial") == BlockingKey(field: "last_name", form: .initial))
        #expect(BlockingKey("first_name_exact") == BlockingKey(field: "first_name", form: .written))
        #expect(BlockingKey("city") == BlockingKey(field: "city", form: .value))
        #expect(BlockingKey("first_name").isNamePart && !BlockingKey("city").isNamePart)
    }

    @Test("a rule on a mapped text field pairs the records that share its value, and its initial")
    func mappedTextField() {
        var a = person("tanaka", "taro"), b = person("sato", "yui"), c = person("ito", "ren"), d = person("kato", "mei")
        a.texts = ["city": "sapporo"]
        b.texts = ["city": "sapporo"]
        c.texts = ["city": "sendai"]
        let table = RecordTable([a, b, c, d], extraTextFields: ["city"])
        let byCity = CandidatePairs.block(table, rules: [BlockingRule(name: "city", keys: ["city"])])
        #expect(byCity.packed == [0 << 32 | 1])
        let byInitial = CandidatePairs.block(table, rules: [BlockingRule(name: "city_initial", keys: ["city_initial"])])
        #expect(byInitial.packed == [0 << 32 | 1, 0 << 32 | 2, 1 << 32 | 2])
    }
}

import Testing
import CRMModel

@Suite("Blank mapped fields")
struct BlankFieldTests {
    @Test("a mapped name of only spaces counts as missing, so the next candidate path is used")
    func blankNameFallsThroughToNextPath() throws {
        var mapping = FieldMapping()
        mapping.firstName = ["first_name", "given_name"]
        let customer = try Customer(value: JSONValue(parsing: #"{"id":"c1","first_name":"  \t","given_name":"Taro"}"#))
        #expect(mapping.fields(of: customer).firstName == "Taro")
    }
}

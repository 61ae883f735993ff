import Testing
@testable import CRMModel

@Suite("Customer: the id")
struct CustomerTests {
    @Test("takes the id from a string or a number, trimmed", arguments: [
        (#"{"id":"5f1e2d3c4b5a69788796a5b4"}"#, "5f1e2d3c4b5a69788796a5b4"),
        (#"{"id":12345678901234567890}"#, "12345678901234567890"),
        (#"{"id":"  abc \n"}"#, "abc"),
        (#"{"name":"x","id":"7"}"#, "7"),
    ])
    func usableIDs(text: String, id: String) throws {
        let customer = try Customer(value: JSONValue(parsing: text))
        #expect(customer.id == id)
    }

    @Test("rejects records without a usable id", arguments: [
        (#"{"name":"x"}"#, CustomerError.missingID),
        (#"{"id":""}"#, .invalidID("id is empty")),
        (#"{"id":"   "}"#, .invalidID("id is empty")),
        (#"{"id":true}"#, .invalidID("id must be a string or a number")),
        (#"{"id":null}"#, .invalidID("id must be a string or a number")),
        (#"{"id":{"oid":"1"}}"#, .invalidID("id must be a string or a number")),
        ("{\"id\":\"\(String(repeating: "a", count: 129))\"}", .invalidID("id is longer than 128 bytes")),
        ("[1]", .notAnObject),
        ("42", .notAnObject),
    ])
    func unusableIDs(text: String, error: CustomerError) throws {
        let value = try JSONValue(parsing: text)
        #expect(throws: error) { try Customer(value: value) }
    }

    @Test("keeps the whole object, unknown fields and order included")
    func keepsJSON() throws {
        let customer = try Customer(value: JSONValue(parsing: #"{"z":1,"id":"a","custom":{"x":[1]}}"#))
        #expect(customer.json.keys == ["z", "id", "custom"])
        #expect(customer.json.serialized() == #"{"z":1,"id":"a","custom":{"x":[1]}}"#)
    }

    @Test("error descriptions say what is wrong with the record")
    func descriptions() {
        #expect(CustomerError.missingID.description == #"record has no "id""#)
        #expect(CustomerError.notAnObject.description == "record is not a JSON object")
        #expect(CustomerError.invalidID("id is empty").description == #"record has an unusable "id": id is empty"#)
    }
}

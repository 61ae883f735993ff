import Testing
@testable import CRMModel

@Suite("FieldReader: one prepared mapping reads many records as the mapping does")
struct FieldReaderTests {
    private func customer(_ text: String) throws -> Customer {
        try Customer(value: JSONValue(parsing: text))
    }

    @Test("an object holding a key twice is read at its first occurrence, as JSONObject reads it")
    func repeatedKeyFirstWins() throws {
        // The parser keeps one member per key; an object built in code may hold two.
        let json = JSONObject([
            JSONMember(key: "id", value: .string("c1")),
            JSONMember(key: "first_name", value: .string("Taro")),
            JSONMember(key: "first_name", value: .string("Jiro")),
            JSONMember(key: "last_name", value: .string("  ")),
            JSONMember(key: "last_name", value: .string("Tanaka")),
        ])
        let f = FieldReader(FieldMapping()).fields(of: try Customer(json: json))
        #expect(f.firstName == json["first_name"]?.stringValue)
        #expect(f.firstName == "Taro")
        // The first `last_name` is blank, and it is the one read: no later duplicate counts.
        #expect(f.lastName == nil)
    }

    @Test("one reader gives each record its own fields, whatever the record before held")
    func readerReusedAcrossRecords() throws {
        var mapping = FieldMapping()
        mapping.firstName = ["profile.given", "first_name"]
        mapping.textFields["ward"] = ["ward", "first_address.ward"]
        let reader = FieldReader(mapping)
        let records = [
            #"{"id":"a","profile":{"given":"Hanako"},"phones":["+81312345678"],"addresses":[{"ward":"Shibuya","postal_code":"150-0001"}]}"#,
            #"{"id":"b","first_name":"Taro","ward":"Minato","events":[{"event_type":"birthday","date":"1984-03-05"}]}"#,
            #"{"id":"c","email_objects":[{"email":"c@example.jp"}],"addresses":[{"street":"1-2-3"},{"street":"4-5-6","ward":"Meguro"}]}"#,
        ]
        for text in records {
            let c = try customer(text)
            #expect(reader.fields(of: c) == mapping.fields(of: c))
        }
        let b = reader.fields(of: try customer(records[1]))
        #expect(b.firstName == "Taro" && b.texts["ward"] == "Minato" && b.birthday == "1984-03-05" && b.phones.isEmpty)
        let c = reader.fields(of: try customer(records[2]))
        #expect(c.otherAddresses == [AddressFields(street: "4-5-6", texts: ["ward": "Meguro"])])
        let a = reader.fields(of: try customer(records[0]))
        #expect(a.firstName == "Hanako" && a.texts["ward"] == "Shibuya" && a.postalCode == "150-0001")
    }
}

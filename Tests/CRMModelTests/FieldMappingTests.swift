import Testing
@testable import CRMModel

@Suite("FieldMapping: fields taken out of a customer")
struct FieldMappingTests {
    private func fields(_ text: String, mapping: FieldMapping = FieldMapping()) throws -> CustomerFields {
        try mapping.fields(of: Customer(value: JSONValue(parsing: text)))
    }

    @Test("reads the API's plain fields")
    func plainFields() throws {
        let f = try fields(#"""
            {"id":"c1","franchise_id":"f1","first_name":"太郎","last_name":"田中","first_name_kana":"タロウ",
             "last_name_kana":"タナカ","company_name":"TableCheck","birthday":"1984-03-05","reservation_count":12,
             "last_visit_at":"2024-05-06","created_at":"2019-04-01","updated_at":"2024-01-02"}
            """#)
        #expect(f == CustomerFields(
            id: "c1", franchiseID: "f1", firstName: "太郎", lastName: "田中", firstNameReading: "タロウ",
            lastNameReading: "タナカ", companyName: "TableCheck", birthday: "1984-03-05", reservationCount: 12,
            lastVisit: "2024-05-06", createdAt: "2019-04-01", updatedAt: "2024-01-02"))
    }

    @Test("phones come from the phones strings first")
    func phonesFromStrings() throws {
        let f = try fields(#"{"id":"c1","phones":["+819012345678"," ","+81312345678"],"phone_objects":[{"id":"p","number":"+1"}]}"#)
        #expect(f.phones == ["+819012345678", "+81312345678"])
    }

    @Test("phones come from phone_objects when phones is empty, skipping destroyed ones")
    func phonesFromObjects() throws {
        let f = try fields(#"""
            {"id":"c1","phones":[],"phone_objects":[{"id":"p1","number":"+819012345678"},
             {"id":"p2","number":"+81312345678","_destroy":true},{"id":"p3"}]}
            """#)
        #expect(f.phones == ["+819012345678"])
    }

    @Test("emails come from email_objects when there are no email strings")
    func emailsFromObjects() throws {
        let f = try fields(#"{"id":"c1","email_objects":[{"id":"e1","email":"Taro@Example.jp"}]}"#)
        #expect(f.emails == ["Taro@Example.jp"])
    }

    @Test("a single phone string counts as a list of one")
    func phoneAsString() throws {
        #expect(try fields(#"{"id":"c1","phones":"03-1234-5678"}"#).phones == ["03-1234-5678"])
    }

    @Test("the birthday comes from events when no birthday field is set", arguments: [
        (#"{"id":"c1","events":[{"event_type":"anniversary","date":"2010-01-01"},{"event_type":"Birthday","date":"1984-03-05"}]}"#, "1984-03-05"),
        (#"{"id":"c1","events":[{"type":"birthday","value":"1990/1/2"}]}"#, "1990/1/2"),
        (#"{"id":"c1","birthday":"","events":[{"name":"birthday","date":"1970-12-31"}]}"#, "1970-12-31"),
        (#"{"id":"c1","birthday":"2000-02-29","events":[{"event_type":"birthday","date":"1970-12-31"}]}"#, "2000-02-29"),
    ])
    func birthdayFromEvents(text: String, birthday: String) throws {
        #expect(try fields(text).birthday == birthday)
    }

    @Test("no birthday when events hold none")
    func noBirthday() throws {
        #expect(try fields(#"{"id":"c1","events":[{"event_type":"anniversary","date":"2010-01-01"}]}"#).birthday == nil)
    }

    @Test("the first non-empty candidate wins; numbers and numeric strings count")
    func candidates() throws {
        let f = try fields(#"{"id":"c1","first_name_kana":" ","first_name_reading":"タロウ","reservations_count":"7","franchise_id":42}"#)
        #expect(f.firstNameReading == "タロウ")
        #expect(f.reservationCount == 7)
        #expect(f.franchiseID == "42")
    }

    @Test("a mapping can read dotted paths into nested objects")
    func dottedPaths() throws {
        var mapping = FieldMapping()
        mapping.lastNameReading = ["profile.kana.last"]
        let f = try fields(#"{"id":"c1","profile":{"kana":{"last":"タナカ"}}}"#, mapping: mapping)
        #expect(f.lastNameReading == "タナカ")
    }

    @Test("a key that itself contains a dot is read as that key before the path is split")
    func keyWithDotIsFoundDirectly() throws {
        var mapping = FieldMapping()
        mapping.companyName = ["org.name"]
        let f = try fields(#"{"id":"c1","org.name":"TableCheck","org":{"name":"nested"}}"#, mapping: mapping)
        #expect(f.companyName == "TableCheck")
        let nested = try fields(#"{"id":"c1","org":{"name":"nested"}}"#, mapping: mapping)
        #expect(nested.companyName == "nested")
    }

    @Test("the reservation count comes from the first candidate that holds a number")
    func reservationCountFirstNumber() throws {
        let f = try fields(#"{"id":"c1","reservation_count":"many","reservations_count":7}"#)
        #expect(f.reservationCount == 7)
    }

    @Test("the address comes from the first address object when there is no top-level field")
    func addressFromAddresses() throws {
        let f = try fields(#"""
            {"id":"c1","addresses":[{"id":"a0","postal_code":"150-0001","street":"神宮前1-2-3","_destroy":true},
             {"id":"a1","zip":"2119","address1":"7 wallaby place"},{"id":"a2","postal_code":"9999"}]}
            """#)
        #expect(f.postalCode == "2119")
        #expect(f.street == "7 wallaby place")
        let top = try fields(#"{"id":"c1","postal_code":"5300001","addresses":[{"postal_code":"2119"}]}"#)
        #expect(top.postalCode == "5300001")
        #expect(top.street == nil)
    }

    @Test("the country, which national phones are read in, is top-level or the first address's")
    func country() throws {
        #expect(try fields(#"{"id":"c1","addresses":[{"country":"KR","city":"Seoul"}]}"#).country == "KR")
        #expect(try fields(#"{"id":"c1","addresses":[{"country_code":"au"}]}"#).country == "au")
        #expect(try fields(#"{"id":"c1","country":"US","addresses":[{"country":"KR"}]}"#).country == "US")
        #expect(try fields(#"{"id":"c1","addresses":[]}"#).country == nil)
    }

    @Test("the street's second line is joined after the first, in an address object or at the top level",
          arguments: [
            (#"{"id":"c1","addresses":[{"street":"8 cockcroft avenue","street2":"allunga","zip_code":"2119"}]}"#,
             "8 cockcroft avenue, allunga", "2119"),
            (#"{"id":"c1","addresses":[{"line1":"8 cockcroft avenue","line2":"allunga","postcode":"2119"}]}"#,
             "8 cockcroft avenue, allunga", "2119"),
            (#"{"id":"c1","address1":"8 cockcroft avenue","address2":"allunga","zip_code":"2119"}"#,
             "8 cockcroft avenue, allunga", "2119"),
            (#"{"id":"c1","street":"8 cockcroft avenue, allunga","postal_code":"2119"}"#,
             "8 cockcroft avenue, allunga", "2119"),
            (#"{"id":"c1","addresses":[{"address2":"allunga"}]}"#, "allunga", nil),
          ])
    func streetLines(json: String, street: String, postalCode: String?) throws {
        let f = try fields(json)
        #expect(f.street == street)
        #expect(f.postalCode == postalCode)
    }
}

import CRMModel
import Matching
import Normalization
import Rules
import StoredRuns
import Testing

/// A guest who booked once from the office and once from home: the export lists both in
/// `addresses`; the duplicate typed later carries only the office address and a retyped name.
/// From JSON through the default rules' mapping, normalization and matching, the second address
/// is read, blocked on and compared.
@Suite("Every address of a customer, from the export")
struct OtherAddressFixtureTests {
    static let customers = [
        #"{"id": "home-and-office", "first_name": "Harley", "last_name": "McCarthy", "events": [{"event_type": "birthday", "date": "1980-04-19"}], "addresses": [{"street": "7 Wallaby Place", "city": "Belgrave", "postal_code": "3160"}, {"street": "177 Pridham Street", "street2": "Level 2", "city": "Kew", "postal_code": "3101"}]}"#,
        #"{"id": "office-only", "first_name": "Harlee", "last_name": "Mcarthy", "events": [{"event_type": "birthday", "date": "1980-04-19"}], "addresses": [{"street": "177 pridham street, level 2", "city": "KEW", "postal_code": "3101"}]}"#,
        #"{"id": "top-level-too", "first_name": "Ann", "last_name": "Lee", "street": "1 Main Road", "zip_code": "2000", "city": "Sydney", "addresses": [{"street": "1 Main Road", "postal_code": "2000", "city": "Sydney"}, {"street": "9 Side Lane", "postal_code": "2010"}, {"street": "9 side lane", "postal_code": "2010"}, {"_destroy": true, "street": "old"}]}"#,
    ]

    static func fields() throws -> [CustomerFields] {
        let rules = RuleSet.builtIn()
        return try customers.map { try rules.fields.fields(of: Customer(value: JSONValue(parsing: $0))) }
    }

    @Test("the mapping keeps the first address as before and lists the others once, without destroyed ones")
    func mappingListsOtherAddresses() throws {
        let f = try Self.fields()
        #expect(f[0].street == "7 Wallaby Place")
        #expect(f[0].otherAddresses == [AddressFields(postalCode: "3101", street: "177 Pridham Street, Level 2", texts: ["city": "Kew"])])
        #expect(f[1].otherAddresses.isEmpty)
        // The top-level address repeats the first entry; the two spellings of the side lane are
        // two entries here and one address after normalization.
        #expect(f[2].otherAddresses.map(\.street) == ["9 Side Lane", "9 side lane"])
        let normalized = CustomerNormalizer().normalize(f.map(NormalizationSetup.input))
        #expect(normalized[2].otherAddresses == [NormalizedAddress(postalCode: "2010", street: "9sidelane", streetWords: "9 side lane")])
    }

    @Test("the duplicate at the second address is found and its address agrees exactly")
    func duplicateAtTheSecondAddressIsFound() throws {
        let f = try Self.fields()
        let normalized = CustomerNormalizer().normalize(f.map(NormalizationSetup.input))
        var settings = RuleSet.builtIn().matching
        settings.prior = .fixed(0.01)
        settings.uSampleSize = 1_000
        let result = Matcher(settings: settings).match(normalized, options: Matcher.Options(threads: 1))
        let pair = try #require(result.pairs.first { ($0.a, $0.b) == (0, 1) })
        let outcomes = result.explanation(for: pair, ids: f.map(\.id)).outcomes
        #expect(outcomes.first { $0.comparison == "street" }?.level == "exact")
        #expect(outcomes.first { $0.comparison == "postal_code" }?.level == "exact")
        #expect(outcomes.first { $0.comparison == "city" }?.level == "exact")
    }
}

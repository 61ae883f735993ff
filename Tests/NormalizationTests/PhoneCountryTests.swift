import Testing
@testable import Normalization

/// Which country a national number is read in, and what happens to numbers that are not valid
/// there: issue 12's examples first.
@Suite("Phone numbers and the customer's country")
struct PhoneCountryTests {
    let phones = PhoneNormalizer()   // default country JP

    @Test("a Korean mobile in full width is Korean in Korea, and never +78828025 in Japan")
    func koreanMobile() {
        #expect(phones.normalize("０１０－７８８２－８０２５", country: "KR") == .valid(e164: "+821078828025"))
        let inJapan = phones.normalize("０１０－７８８２－８０２５")
        #expect(inJapan.e164 == nil)
        guard case .invalid(let reason) = inJapan else {
            Issue.record("expected invalid, got \(inJapan)")
            return
        }
        #expect(!reason.contains("+78828025"))
    }

    @Test("an Australian mobile is Australian in Australia, and never a valid +81 number in Japan")
    func australianMobile() {
        #expect(phones.normalize("0414 762 843", country: "AU") == .valid(e164: "+61414762843"))
        #expect(PhoneNormalizer(defaultCountry: "AU").normalize("0414 762 843") == .valid(e164: "+61414762843"))
        let inJapan = phones.normalize("0414 762 843")
        #expect(inJapan != .valid(e164: "+81414762843"))
        if let e164 = inJapan.e164 { #expect(!e164.hasPrefix("+81")) }
    }

    @Test("the address country comes before the franchise's, which comes before the default")
    func countryOrder() {
        let normalizer = PhoneNormalizer(defaultCountry: "JP", franchiseCountries: ["seoul-shop": "KR"])
        #expect(normalizer.normalize("010-7882-8025", country: nil, franchise: "seoul-shop") == .valid(e164: "+821078828025"))
        #expect(normalizer.normalize("0414 762 843", country: "AU", franchise: "seoul-shop") == .valid(e164: "+61414762843"))
        #expect(normalizer.normalize("090-1234-5678", country: nil, franchise: "tokyo-shop") == .valid(e164: "+819012345678"))
    }

    @Test("a number not valid in the address country is read in the default one")
    func fallsBackToDefault() {
        // A customer with an address in the US who gave a Japanese mobile.
        #expect(phones.normalize("090-1234-5678", country: "US") == .valid(e164: "+819012345678"))
        // ... while a number valid in the address country stays there.
        #expect(phones.normalize("212-555-0123", country: "US") == .valid(e164: "+12125550123"))
    }

    @Test("an address country the phone library does not know is ignored", arguments: ["Japan", "日本", "", "ZZ", "JPN", "  "])
    func unknownAddressCountry(country: String) {
        #expect(phones.normalize("090-1234-5678", country: country) == .valid(e164: "+819012345678"))
    }

    @Test("country codes are read in any case, and UK is GB", arguments: [
        ("kr", "010-7882-8025", "+821078828025"),
        ("uk", "020 7946 0958", "+442079460958"),
        ("GB", "07911 123456", "+447911123456"),
    ])
    func countrySpellings(country: String, raw: String, e164: String) {
        #expect(phones.normalize(raw, country: country) == .valid(e164: e164))
    }

    @Test("Japan's international prefix 010 reaches other countries", arguments: [
        ("010-1-212-555-0123", "+12125550123"),
        ("010 1 212 555 0123", "+12125550123"),
        ("010-82-10-7882-8025", "+821078828025"),
        ("010-61-414-762-843", "+61414762843"),
        ("010-81-3-1234-5678", "+81312345678"),
    ])
    func dialledAbroadFromJapan(raw: String, e164: String) {
        #expect(phones.normalize(raw) == .valid(e164: e164))
    }

    @Test("+81 followed by the trunk 0 is the same number", arguments: [
        ("+81 090-1234-5678", "+819012345678"),
        ("+81 (0)3-1234-5678", "+81312345678"),
        ("+8103-1234-5678", "+81312345678"),
    ])
    func trunkZeroAfterCountryCode(raw: String, e164: String) {
        #expect(phones.normalize(raw) == .valid(e164: e164))
    }

    @Test("extensions are dropped, not read as digits", arguments: [
        ("03-1234-5678 ext. 12", "+81312345678"),
        ("03-1234-5678 内線 123", "+81312345678"),
        ("+1 212-555-0123 x45", "+12125550123"),
        ("+1 212-555-0123 #45", "+12125550123"),
    ])
    func extensions(raw: String, e164: String) {
        #expect(phones.normalize(raw) == .valid(e164: e164))
    }

    @Test("an invalid number's reason never reads as E.164", arguments: [
        "０１０－７８８２－８０２５", "0414 762 843", "03-1234", "+81 3 1234", "+7 882 8025", "+1 123 555 0123",
    ])
    func invalidReasonHasNoE164(raw: String) {
        guard case .invalid(let reason) = phones.normalize(raw) else { return }
        #expect(!reason.contains("+"), "\(reason)")
    }

    @Test("a cache gives the same answers as parsing each time, once per distinct number")
    func cache() {
        var cache = PhoneCache()
        let inputs = ["090-1234-5678", "09012345678", "+81 90 1234 5678", "+819012345678", "03-1234",
                      "０１０－７８８２－８０２５", "090-1234-5678"]
        for raw in inputs {
            #expect(phones.normalize(raw, country: nil, franchise: nil, cache: &cache) == phones.normalize(raw))
        }
        // Separators do not make a number distinct; the country does.
        #expect(cache.count == 4)
        #expect(phones.normalize("０１０－７８８２－８０２５", country: "KR", franchise: nil, cache: &cache) == .valid(e164: "+821078828025"))
        #expect(cache.count == 5)
    }
}

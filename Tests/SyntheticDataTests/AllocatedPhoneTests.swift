import Normalization
@testable import SyntheticData
import Testing

/// The generator hands out only numbers that exist: a made-up number is invalid to
/// libphonenumber, so a matcher reading it would lose the evidence that two phones differ,
/// evidence that real customers' numbers always give.
@Suite("Generated phone numbers")
struct AllocatedPhoneTests {
    private static func isValid(_ number: PhoneNumber) -> Bool {
        guard case .success(let parsed) = PhoneNumberLibrary.parse(number.e164, region: "ZZ") else { return false }
        return parsed.isValid
    }

    @Test("every country's mobiles and every Japanese area's landlines are valid numbers", arguments: [7 as UInt64, 42])
    func allocatedNumbersAreValid(seed: UInt64) {
        let phones = PhoneAllocator(seed: seed)
        var invalid: [String] = []
        for country in PhoneCountry.allCases {
            for entity in 0..<300 {
                let number = phones.mobile(country: country, entity: entity, slot: entity % 2)
                if !Self.isValid(number) { invalid.append(number.e164) }
            }
        }
        for area in JapaneseArea.all.indices {
            for key in 0..<300 where !Self.isValid(phones.landline(area: area, key: key)) {
                invalid.append(phones.landline(area: area, key: key).e164)
            }
        }
        #expect(invalid.isEmpty, "\(invalid.prefix(10))")
    }

    @Test("numbers stay one per key: stepping past unallocated blocks does not hand one number to many")
    func numbersStayDistinct() {
        let phones = PhoneAllocator(seed: 11)
        var seen = Set<String>()
        var repeats = 0
        for country in PhoneCountry.allCases {
            for entity in 0..<2_000 where !seen.insert(phones.mobile(country: country, entity: entity, slot: 0).e164).inserted {
                repeats += 1
            }
        }
        #expect(repeats == 0)
    }
}

import Testing
@testable import SyntheticData

@Suite("Phone numbers are written in every real-world style")
struct PhoneFormatTests {
    private let mobile = PhoneNumber(country: .japan, prefixes: ["90"], freeDigits: 8, groups: [2, 4, 4], value: 12_345_678)

    @Test("a Japanese mobile in each style", arguments: [
        (PhoneStyle.e164, "+819012345678"),
        (.internationalSpaced, "+81 90 1234 5678"),
        (.internationalDashed, "+81-90-1234-5678"),
        (.national, "090-1234-5678"),
        (.nationalDigits, "09012345678"),
        (.nationalSpaced, "090 1234 5678"),
        (.fullWidth, "０９０１２３４５６７８"),
        (.fullWidthDashed, "０９０－１２３４－５６７８"),
    ])
    func japaneseMobile(style: PhoneStyle, expected: String) {
        #expect(String(decoding: mobile.written(style), as: UTF8.self) == expected)
    }

    @Test("a Tokyo landline groups as 03-XXXX-XXXX")
    func tokyoLandline() {
        let line = PhoneNumber(country: .japan, prefixes: ["35"], freeDigits: 7, groups: [1, 4, 4], value: 1_234_567)
        #expect(String(decoding: line.written(.national), as: UTF8.self) == "03-5123-4567")
        #expect(!line.isJapaneseMobile)
        #expect(mobile.isJapaneseMobile)
    }

    @Test("a US number in national style uses parentheses")
    func usNational() {
        let us = PhoneNumber(country: .us, prefixes: ["4155"], freeDigits: 6, groups: [3, 3, 4], value: 550_134)
        #expect(String(decoding: us.written(.national), as: UTF8.self) == "(415) 555-0134")
        #expect(String(decoding: us.written(.e164), as: UTF8.self) == "+14155550134")
    }

    @Test("allocated mobiles are unique per entity and slot")
    func allocatorIsCollisionFree() {
        let allocator = PhoneAllocator(seed: 9)
        var seen = Set<[UInt8]>()
        for entity in 0..<5000 {
            for slot in 0..<2 {
                #expect(seen.insert(allocator.mobile(country: .singapore, entity: entity, slot: slot).nsn).inserted)
            }
        }
    }

    @Test("scatter is a bijection on a small space")
    func scatterIsBijective() {
        let space: UInt64 = 3 * 1000
        let images = Set((0..<space).map { Scatter.value(of: $0, in: space, offset: 12_345) })
        #expect(images.count == Int(space))
        #expect(images.allSatisfy { $0 < space })
    }
}

import Testing
@testable import Normalization

@Suite("libphonenumber shim")
struct PhoneNumberLibraryTests {
    @Test("a number parses with its validity, E.164, region and type", arguments: [
        ("010-7882-8025", "KR", true, "+821078828025", "KR", PhoneNumberType.mobile),
        ("090-1234-5678", "JP", true, "+819012345678", "JP", .mobile),
        ("03-1234-5678", "JP", true, "+81312345678", "JP", .fixedLine),
        ("0120-123-456", "JP", true, "+81120123456", "JP", .tollFree),
        ("050-1234-5678", "JP", true, "+815012345678", "JP", .voip),
        ("0414 762 843", "AU", true, "+61414762843", "AU", .mobile),
        ("+1 212 555 0123", "JP", true, "+12125550123", "US", .fixedLineOrMobile),
        ("+800 1234 5678", "JP", true, "+80012345678", "001", .tollFree),   // non-geographic
    ])
    func parses(text: String, region: String, valid: Bool, e164: String, belongsTo: String, type: PhoneNumberType) throws {
        let number = try PhoneNumberLibrary.parse(text, region: region, withType: true).get()
        #expect(number.isValid == valid)
        #expect(number.e164 == e164)
        #expect(number.region == belongsTo)
        #expect(number.type == type)
    }

    @Test("an invalid number parses but has no E.164")
    func invalidHasNoE164() throws {
        // 010 dials abroad from Japan, so the Korean mobile reads as a Russian (+7) number that
        // does not exist.
        let number = try PhoneNumberLibrary.parse("０１０－７８８２－８０２５", region: "JP").get()
        #expect(!number.isValid)
        #expect(number.e164 == nil)
        #expect(number.countryCode == 7)
        #expect(number.type == nil)   // not asked for
    }

    @Test("text already in E.164 form gives what the full parse gives", arguments: [
        "+819012345678", "+81312345678", "+12125550123", "+442079460958", "+390612345678",
        "+61414762843", "+8613800138000", "+74951234567", "+80012345678", "+819011", "+8109012345678",
    ])
    func canonicalFastPath(e164: String) throws {
        // The shim reads "+digits" without libphonenumber's Parse; a separator forces Parse.
        let fast = try PhoneNumberLibrary.parse(e164, region: "ZZ").get()
        let slow = try PhoneNumberLibrary.parse(e164 + " ", region: "ZZ").get()
        #expect(fast == slow)
    }

    @Test("a national number in digits gives what the full parse gives", arguments: [
        ("09012345678", "JP"), ("0312345678", "JP"), ("0120123456", "JP"), ("0109012345678", "JP"),
        ("0812345678", "JP"), ("09011111111", "JP"), ("0901234567", "JP"), ("00819012345678", "JP"),
        ("01078828025", "KR"), ("0412345678", "KR"), ("02079460958", "GB"), ("07700900123", "GB"),
        ("030123456", "DE"), ("0612345678", "FR"), ("0414762843", "AU"), ("0612345678", "IT"),
        ("2125550123", "US"), ("12125550123", "US"), ("0212345678", "NZ"),
    ])
    func nationalFastPath(digits: String, region: String) {
        // The shim reads a trunk prefix and digits without Parse when the number is valid and the
        // region's dialling rules are literals; a separator forces Parse.
        let fast = PhoneNumberLibrary.parse(digits, region: region)
        let slow = PhoneNumberLibrary.parse(digits + " ", region: region)
        #expect(fast == slow)
    }

    @Test("absurd input is refused or reported, never a crash", arguments: [
        String(repeating: "9", count: 251),                 // longer than libphonenumber reads
        String(repeating: "9", count: 250),
        "+" + String(repeating: "8", count: 40),
        "abc", "なし", "", "+", "++81", "\u{0}", "090\u{0}1234", "😀📞", "ext. 12",
        String(repeating: "(", count: 200), String(repeating: "0", count: 18),
    ])
    func absurd(text: String) {
        switch PhoneNumberLibrary.parse(text, region: "JP") {
        case .success(let number): #expect(!number.isValid)
        case .failure(let failure): #expect(!failure.description.isEmpty)
        }
    }

    @Test("ill-formed UTF-8 is refused before the library sees it", arguments: [
        [0xFF, 0x30, 0x39], [0xC0, 0xB0], [0xED, 0xA0, 0x80], [0xE3, 0x81], [0x30, 0x39, 0xF4, 0x90, 0x80, 0x80],
    ] as [[UInt8]])
    func brokenUTF8(bytes: [UInt8]) {
        let result = bytes.withUnsafeBufferPointer { PhoneNumberLibrary.parse($0, region: "JP") }
        #expect(result == .failure(.refused))
    }

    @Test("a national number needs a region the library knows", arguments: ["ZZ", "", "J", "JPN", "日本", "xx"])
    func unknownRegion(region: String) {
        #expect(PhoneNumberLibrary.parse("03-1234-5678", region: region) == .failure(.noCountry))
        #expect(PhoneNumberLibrary.parse("+81 3-1234-5678", region: region).map(\.e164) == .success("+81312345678"))
    }

    @Test("regions and their calling codes")
    func regions() {
        #expect(PhoneNumberLibrary.isSupported(region: "jp"))
        #expect(PhoneNumberLibrary.isSupported(region: "KR"))
        #expect(!PhoneNumberLibrary.isSupported(region: "ZZ"))
        #expect(!PhoneNumberLibrary.isSupported(region: "Japan"))
        #expect(PhoneNumberLibrary.countryCode(region: "JP") == 81)
        #expect(PhoneNumberLibrary.countryCode(region: "QQ") == nil)
    }

    @Test("parsing from many threads at once gives every thread the same answers")
    func concurrentParsing() async {
        let inputs = (0..<400).map { "090-\(1000 + $0 % 9000)-\(5678 + $0 % 4000)" }
        let expected = inputs.map { try? PhoneNumberLibrary.parse($0, region: "JP").get().e164 }
        let results = await withTaskGroup(of: [String?].self) { group in
            for _ in 0..<8 {
                group.addTask { inputs.map { try? PhoneNumberLibrary.parse($0, region: "JP").get().e164 } }
            }
            var all: [[String?]] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 8)
        for result in results { #expect(result == expected) }
        #expect(expected.allSatisfy { $0?.hasPrefix("+8190") == true })
    }
}

import Testing
@testable import Normalization

@Suite("PhoneNormalizer")
struct PhoneNormalizerTests {
    let japan = PhoneNormalizer()

    @Test("Japanese numbers as staff type them become E.164", arguments: [
        ("090-1234-5678", "+819012345678"),
        ("09012345678", "+819012345678"),
        ("090 1234 5678", "+819012345678"),
        ("090.1234.5678", "+819012345678"),
        ("０９０－１２３４－５６７８", "+819012345678"),   // full-width digits and hyphens
        ("090ー1234ー5678", "+819012345678"),             // IME long-vowel mark used as a dash
        ("080‐1234‐5678", "+818012345678"),               // U+2010 hyphen
        ("070-1234-5678", "+817012345678"),
        ("03 1234 5678", "+81312345678"),
        ("03-1234-5678", "+81312345678"),
        ("(03)1234-5678", "+81312345678"),
        ("（０３）１２３４－５６７８", "+81312345678"),
        ("06-6123-4567", "+81661234567"),
        ("0466-12-3456", "+81466123456"),
        ("050-1234-5678", "+815012345678"),
        ("0120-123-456", "+81120123456"),
        ("0800-123-4567", "+818001234567"),
        ("+81 90 1234 5678", "+819012345678"),
        ("+81-90-1234-5678", "+819012345678"),
        ("＋８１ ９０ １２３４ ５６７８", "+819012345678"),
        ("+81 (0)90-1234-5678", "+819012345678"),
        ("+81 090 1234 5678", "+819012345678"),
        ("0081-90-1234-5678", "+819012345678"),
        ("010-81-3-1234-5678", "+81312345678"),
        ("819012345678", "+819012345678"),               // "+81" whose plus a spreadsheet lost
        ("9012345678", "+819012345678"),                 // leading 0 a spreadsheet lost
        ("TEL: 03-1234-5678", "+81312345678"),
        ("携帯 090-1234-5678", "+819012345678"),
        ("03-1234-5678 内線 123", "+81312345678"),
        ("（03）1234－5678 内線12", "+81312345678"),
        ("03-1234-5678 ext. 12", "+81312345678"),
        ("03-1234-5678 x12", "+81312345678"),
        ("03-1234-5678#12", "+81312345678"),
        (" 090-1234-5678 ", "+819012345678"),
    ])
    func japanese(raw: String, e164: String) {
        #expect(japan.normalize(raw) == .valid(e164: e164))
    }

    @Test("numbers with a country code are read in that country", arguments: [
        ("+1 212-555-0123", "+12125550123"),
        ("+1 (416) 555-0199", "+14165550199"),
        ("+44 20 7946 0958", "+442079460958"),
        ("+44 (0)20 7946 0958", "+442079460958"),
        ("+33 1 23 45 67 89", "+33123456789"),
        ("+49 30 1234567", "+49301234567"),
        ("+39 06 1234 5678", "+390612345678"),   // Italy keeps the 0
        ("+34 612 345 678", "+34612345678"),
        ("+61 4 1234 5678", "+61412345678"),
        ("+65 6123 4567", "+6561234567"),
        ("+852 2123 4567", "+85221234567"),
        ("+886 912 345 678", "+886912345678"),
        ("+82 10-1234-5678", "+821012345678"),
        ("+86 138 0013 8000", "+8613800138000"),
        ("+66 81 234 5678", "+66812345678"),
        ("+63 917 123 4567", "+639171234567"),
        ("+91 98765 43210", "+919876543210"),
        ("00-1-212-555-0123", "+12125550123"),           // 00 from Japan
        ("+7 495 123-45-67", "+74951234567"),
        ("+971 4 234 5678", "+97142345678"),
    ])
    func international(raw: String, e164: String) {
        #expect(japan.normalize(raw) == .valid(e164: e164))
    }

    @Test("the default country reads national numbers", arguments: [
        ("US", "212-555-0123", "+12125550123"),
        ("US", "(212) 555-0123", "+12125550123"),
        ("US", "1-212-555-0123", "+12125550123"),
        ("US", "011 81 90 1234 5678", "+819012345678"),
        ("CA", "416.555.0199", "+14165550199"),
        ("GB", "020 7946 0958", "+442079460958"),
        ("GB", "07911 123456", "+447911123456"),
        ("FR", "01 23 45 67 89", "+33123456789"),
        ("IT", "06 1234 5678", "+390612345678"),
        ("SG", "6123 4567", "+6561234567"),
        ("AU", "0412 345 678", "+61412345678"),
        ("KR", "010-1234-5678", "+821012345678"),
        ("jp", "03-1234-5678", "+81312345678"),
    ])
    func defaultCountry(country: String, raw: String, e164: String) {
        #expect(PhoneNormalizer(defaultCountry: country).normalize(raw) == .valid(e164: e164))
    }

    @Test("numbers that cannot exist are invalid", arguments: [
        "03-1234",                 // too short
        "090-1234-567",            // mobile one digit short
        "090-1234-56789",          // too long
        "03-1234-56789",           // landline with an extra digit
        "0000000000",
        "00000000000",
        "1111111111",
        "090-0000-0000",
        "090-1111-1111",
        "03-0000-0000",
        "1234567890",
        "+81 3 1234",
        "+1 123 555 0123",         // NANP area code cannot start with 1
        "+1 212 055 0123",         // exchange cannot start with 0
        "+44 20 79",
        "+999 1",
        "+0 123 456 789",
        "+971 4 123 4567",         // Dubai numbers do not start 41
        "+44 7700 900123",         // Ofcom keeps 07700 900xxx for drama: no such line
        "090-1234-5678 または 03-1234-5678",
        "abc",
        "なし",
        "tel",
        "03-1234-5678 / 090-1234-5678",   // two numbers in one field
        "+81+90",
        "0120-abc-def",
    ])
    func invalid(raw: String) {
        guard case .invalid(let reason) = japan.normalize(raw) else {
            Issue.record("\(raw) should be invalid, got \(japan.normalize(raw))")
            return
        }
        #expect(!reason.isEmpty)
    }

    @Test("a national number needs a known default country")
    func unknownDefaultCountry() {
        let normalizer = PhoneNormalizer(defaultCountry: "ZZ")
        #expect(normalizer.normalize("+81 90 1234 5678") == .valid(e164: "+819012345678"))
        guard case .invalid(let reason) = normalizer.normalize("090-1234-5678") else {
            Issue.record("expected invalid")
            return
        }
        #expect(reason.contains("ZZ"))
    }

    @Test("absurd input is rejected without crashing")
    func absurdInput() {
        let huge = String(repeating: "0", count: 10_000_000)
        #expect(japan.normalize(huge) == .invalid(reason: "too long for a phone number (10000000 bytes)"))
        guard case .invalid = japan.normalize(String(repeating: "1", count: 500)) else {
            Issue.record("500 digits should be invalid")
            return
        }
        guard case .invalid = japan.normalize("+" + String(repeating: "8", count: 30)) else {
            Issue.record("30 digits should be invalid")
            return
        }
        guard case .invalid = japan.normalize(String(repeating: "-", count: 100) + "9") else {
            Issue.record("one digit should be invalid")
            return
        }
    }

    @Test("blank fields are empty, not invalid", arguments: ["", "   ", "　", "-", "--", "( )"])
    func empty(raw: String) {
        #expect(japan.normalize(raw) == .empty)
    }

    @Test("the E.164 accessor")
    func accessor() {
        #expect(japan.normalize("03-1234-5678").e164 == "+81312345678")
        #expect(japan.normalize("03-1234").e164 == nil)
        #expect(japan.normalize("").e164 == nil)
    }
}

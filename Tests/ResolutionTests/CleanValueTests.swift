import CRMModel
import Testing
import Resolution

/// Survivorship prefers clean values: control, zero-width and bidi characters make a value worse
/// than any clean one, and full-width Latin worse than its normal form or native script.
@Suite("Clean values win survivorship")
struct CleanValueTests {
    /// The victor (most reservations) with `victorName`, and another member with `otherName`, in `field`.
    private func resolved(_ field: String, victor victorName: String, other otherName: String) throws -> JSONValue? {
        let victor = try member("v", ["reservation_count": num(9), field: .string(victorName)])
        let other = try member("x", ["reservation_count": num(1), field: .string(otherName)])
        return Resolver().plan(for: [victor, other]).plan.body[field]
    }

    @Test("the victor's name with a NUL loses to a clean Taro Yamada")
    func controlCharacter() throws {
        #expect(try resolved("first_name", victor: "Ta\u{0}ro", other: "Taro Yamada") == .string("Taro Yamada"))
    }

    @Test("a name with a zero-width joiner, a zero-width space or a bidi control loses to a clean one",
          arguments: ["Ta\u{200D}ro", "Ta\u{200B}ro", "\u{202E}Taro", "\u{FEFF}Taro"])
    func invisibleCharacters(_ dirty: String) throws {
        #expect(try resolved("first_name", victor: dirty, other: "Taro Yamada") == .string("Taro Yamada"))
    }

    @Test("full-width Ｈｉｎａ loses to 陽菜 and to Hina")
    func fullWidth() throws {
        #expect(try resolved("first_name", victor: "Ｈｉｎａ", other: "陽菜") == .string("陽菜"))
        #expect(try resolved("first_name", victor: "Ｈｉｎａ", other: "Hina") == .string("Hina"))
    }

    @Test("full-width still beats a value with control characters")
    func fullWidthOverControl() throws {
        #expect(try resolved("first_name", victor: "Hi\u{7}na", other: "Ｈｉｎａ") == .string("Ｈｉｎａ"))
    }

    @Test("between clean values the victor's stays: nothing is sent; half-width kana and line breaks are clean")
    func cleanVictorKept() throws {
        #expect(try resolved("first_name", victor: "陽菜", other: "Hina") == nil)
        #expect(try resolved("last_name_kana", victor: "ﾀﾅｶ", other: "タナカ") == nil)
        let victor = try member("v", ["reservation_count": num(9), "preference": .string("line one\nline two")])
        let other = try member("x", ["reservation_count": num(1), "preference": .string("other")])
        let rules = ResolutionRules(fieldPolicies: ["preference": .victorUnlessBlank])
        #expect(Resolver(rules: rules).plan(for: [victor, other]).plan.body["preference"] == nil)
    }

    @Test("most_frequent counts only the cleanest values")
    func mostFrequentAmongClean() throws {
        let members = try [("a", 9, "Ta\u{0}ro"), ("b", 5, "Ta\u{0}ro"), ("c", 1, "Taro")].map { id, count, name in
            try member(id, ["reservation_count": num(count), "preference": .string(name)])
        }
        let rules = ResolutionRules(fieldPolicies: ["preference": .mostFrequent])
        #expect(Resolver(rules: rules).plan(for: members).plan.body["preference"] == .string("Taro"))
    }
}

import Normalization
import Testing

@Suite("Full names typed into one field")
struct FullNameSplitterTests {
    /// A base where 木下 and 佐々木 are family names often enough to be learned.
    private let splitter = FullNameSplitter(learningFrom:
        (0..<3).flatMap { k in
            [CustomerInput(lastName: "木下", firstName: "花子\(k)"), CustomerInput(lastName: "佐々木", firstName: "健\(k)")]
        } + [CustomerInput(lastName: "山", firstName: "一")])

    @Test("a kanji full name splits after the longest family name the base uses", arguments: [
        ("木下太郎", "木下", "太郎"), ("佐々木健一", "佐々木", "健一"),
    ])
    func kanji(full: String, family: String, given: String) {
        let out = splitter.split(CustomerInput(lastName: nil, firstName: full))
        #expect(out.lastName == family)
        #expect(out.firstName == given)
    }

    @Test("a name with a space splits at the space, full-width space included")
    func space() {
        let out = splitter.split(CustomerInput(lastName: "", firstName: "山田\u{3000}太郎"))
        #expect(out.lastName == "山田" && out.firstName == "太郎")
        let latin = splitter.split(CustomerInput(lastName: "Taro Kinoshita", firstName: nil))
        #expect(latin.lastName == "Taro" && latin.firstName == "Kinoshita")
    }

    @Test("names left alone: both fields filled, an unknown family name, a family name seen too rarely")
    func unchanged() {
        let both = CustomerInput(lastName: "木下", firstName: "太郎")
        #expect(splitter.split(both) == both)
        let unknown = CustomerInput(lastName: nil, firstName: "田中太郎")
        #expect(splitter.split(unknown) == unknown)
        let rare = CustomerInput(lastName: nil, firstName: "山一郎")
        #expect(splitter.split(rare) == rare)
        let single = CustomerInput(lastName: "Kinoshita", firstName: nil)
        #expect(splitter.split(single) == single)
    }
}

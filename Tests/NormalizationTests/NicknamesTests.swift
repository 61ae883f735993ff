import Normalization
import Testing

@Suite("Nicknames")
struct NicknamesTests {
    private let names = NameNormalizer()
    private let nicknames = Nicknames()

    private func group(_ raw: String) -> Int32 {
        nicknames.group(ofKey: names.romajiKey(names.clean(raw)))
    }

    @Test("short and full forms share a group, through the normalizer's own keys", arguments: [
        ("Jim", "James"), ("Mike", "MICHAEL"), ("Pepe", "José"), ("Liz", "Elizabeth"), ("Bob", "Robert"), ("Paco", "Francisco"),
    ])
    func sameGroup(short: String, full: String) {
        #expect(group(short) != 0)
        #expect(group(short) == group(full))
    }

    @Test("different names are in different groups, and unknown names in none")
    func differentGroups() {
        #expect(group("James") != group("Michael"))
        #expect(group("Taro") == 0)
        #expect(group("") == 0)
    }
}

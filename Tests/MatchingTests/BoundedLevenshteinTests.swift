import Testing
@testable import Matching

@Suite("Bounded edit distance")
struct BoundedLevenshteinTests {
    @Test("gives the exact distance within the bound", arguments: [
        ("kitten", "sitting", 3, 3),
        ("yuki.sato@mail.jp", "yuki.satou@mail.jp", 1, 1),
        ("+819012345678", "+819012345679", 1, 1),
        ("abc", "abc", 2, 0),
        ("", "ab", 2, 2),
    ])
    func within(a: String, b: String, bound: Int, expected: Int) {
        #expect(BoundedLevenshtein.distance(a, b, bound: bound) == expected)
    }

    @Test("says bound + 1 when the strings are further apart")
    func beyond() {
        #expect(BoundedLevenshtein.distance("kitten", "sitting", bound: 1) == 2)
        #expect(BoundedLevenshtein.distance("a", "abcdef", bound: 2) == 3)
        #expect(BoundedLevenshtein.distance("+819012345678", "+818087654321", bound: 1) == 2)
    }

    @Test("agrees with the full dynamic programme on many pairs")
    func agreesWithReference() {
        let words = ["tanaka", "tanake", "tnaaka", "takana", "satou", "sato", "saito", "", "t", "ta", "atnaka"]
        for a in words {
            for b in words {
                let full = reference(Array(a.utf8), Array(b.utf8))
                for bound in 0...3 {
                    #expect(BoundedLevenshtein.distance(a, b, bound: bound) == min(full, bound + 1), "\(a) \(b) \(bound)")
                }
            }
        }
    }

    private func reference(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var next = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                next[j] = min(row[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), row[j] + 1, next[j - 1] + 1)
            }
            row = next
        }
        return a.isEmpty ? b.count : row[b.count]
    }
}

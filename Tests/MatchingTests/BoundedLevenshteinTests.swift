import Testing
@testable import Matching

@Suite("Bounded edit distance (with transpositions)")
struct BoundedLevenshteinTests {
    @Test("gives the exact distance within the bound", arguments: [
        ("kitten", "sitting", 3, 3),
        ("yuki.sato@mail.jp", "yuki.satou@mail.jp", 1, 1),
        ("+819012345678", "+819012345679", 1, 1),
        ("abc", "abc", 2, 0),
        ("", "ab", 2, 2),
        ("3182", "3128", 1, 1),          // two neighbouring digits swapped: one slip
        ("tanaka", "tnaaka", 2, 1),
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

    /// The optimal string alignment distance by the full table: Levenshtein plus transpositions
    /// of two neighbouring characters.
    private func reference(_ a: [UInt8], _ b: [UInt8]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                d[i][j] = min(d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), d[i - 1][j] + 1, d[i][j - 1] + 1)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}

import Testing
@testable import Matching

@Suite("Jaro-Winkler similarity")
struct JaroWinklerTests {
    @Test("matches the textbook values", arguments: [
        ("martha", "marhta", 0.961),
        ("dwayne", "duane", 0.840),
        ("dixon", "dicksonx", 0.813),
        ("tanaka", "tanaka", 1.0),
        ("taro", "tarou", 0.96),
    ])
    func textbook(a: String, b: String, expected: Double) {
        #expect(abs(JaroWinkler.similarity(a, b) - expected) < 0.001)
    }

    @Test("is zero when nothing matches and for one empty side")
    func zero() {
        #expect(JaroWinkler.similarity("abc", "xyz") == 0)
        #expect(JaroWinkler.similarity("", "abc") == 0)
        #expect(JaroWinkler.similarity("", "") == 1)
    }

    @Test("is symmetric")
    func symmetric() {
        for (a, b) in [("suzuki", "suzuky"), ("watanabe", "watnabe"), ("o'brien", "obrien")] {
            #expect(JaroWinkler.similarity(a, b) == JaroWinkler.similarity(b, a))
        }
    }

    @Test("compares long strings on their first 64 bytes without crashing")
    func long() {
        let a = String(repeating: "a", count: 500), b = String(repeating: "a", count: 499) + "b"
        #expect(JaroWinkler.similarity(a, b) == 1)
    }
}

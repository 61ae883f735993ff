import Support
import Testing

@Suite("Number text")
struct NumberTextTests {
    @Test("thousands are grouped with commas, sign kept", arguments: [
        (0, "0"), (999, "999"), (1000, "1,000"), (1_650_000, "1,650,000"), (-1234, "-1,234"),
    ])
    func grouped(n: Int, text: String) {
        #expect(NumberText.grouped(n) == text)
    }

    @Test("fixed decimals round half away from zero and drop the sign of a zero", arguments: [
        (0.98765, 4, "0.9877"), (2.5, 0, "3"), (-2.5, 0, "-3"), (-0.00001, 2, "0.00"), (1.05, 1, "1.1"),
        (12.0, 3, "12.000"), (Double.nan, 2, "NaN"), (-Double.infinity, 2, "-Infinity"),
    ])
    func fixed(x: Double, digits: Int, text: String) {
        #expect(NumberText.fixed(x, digits: digits) == text)
    }

    @Test("scientific text has two decimals and never a mantissa of 10")
    func scientific() {
        #expect(NumberText.scientific(0.000687) == "6.87e-4")
        #expect(NumberText.scientific(9.999e-13) == "1.00e-12")
    }

    @Test("bytes read in MiB below a GiB and in GiB above")
    func bytes() {
        #expect(NumberText.bytes(512 * 1_048_576) == "512.0 MiB")
        #expect(NumberText.bytes(3 * 1_073_741_824 / 2) == "1.5 GiB")
    }

    @Test("padding fills to the width on either side and keeps longer text whole")
    func padding() {
        #expect("ab".padded(to: 4) == "ab  ")
        #expect("ab".padded(to: 4, alignRight: true) == "  ab")
        #expect("abcdef".padded(to: 4) == "abcdef")
    }

    @Test("a progress clock reads m:ss or h:mm:ss, rounded up; unknown is ?", arguments: [
        (7.2 as Double?, "0:08"), (754, "12:34"), (3723, "1:02:03"), (nil, "?"), (-.infinity, "?"),
    ])
    func clock(seconds: Double?, text: String) {
        #expect(NumberText.clock(seconds) == text)
    }

    @Test("a duration keeps its two largest units", arguments: [
        (45.0, "45 s"), (60, "1 min"), (725, "12 min 5 s"), (12_030, "3 h 20 min"), (7_200, "2 h"),
        (187_400, "2 d 4 h"), (86_400, "1 d"), (0.2, "1 s"),
    ])
    func duration(seconds: Double, text: String) {
        #expect(NumberText.duration(seconds) == text)
    }
}

import Testing
@testable import Normalization

@Suite("BirthdayNormalizer")
struct BirthdayNormalizerTests {
    /// Fixed "today" so that the tests do not depend on the clock.
    let birthdays = BirthdayNormalizer(latest: 20250601)

    @Test("written dates become yyyymmdd", arguments: [
        ("1984-03-05", 19840305),
        ("1984/3/5", 19840305),
        ("1984/03/05", 19840305),
        ("1984.3.5", 19840305),
        ("19840305", 19840305),
        ("1984年3月5日", 19840305),
        ("１９８４年３月５日", 19840305),
        ("１９８４－０３－０５", 19840305),
        ("1984-03-05T00:00:00.000Z", 19840305),
        ("1984-03-05T09:00:00+09:00", 19840305),
        ("1984-03-05 00:00:00", 19840305),
        ("  1984-03-05  ", 19840305),
        ("昭和59年3月5日", 19840305),
        ("S59.3.5", 19840305),
        ("平成元年1月8日", 19890108),
        ("H1/1/8", 19890108),
        ("令和2年2月29日", 20200229),
        ("2000-02-29", 20000229),   // leap year (divisible by 400)
        ("1900-01-02", 19000102),
        ("2025-06-01", 20250601),
    ])
    func valid(raw: String, date: Int32) {
        #expect(birthdays.normalize(raw) == date)
    }

    @Test("impossible, placeholder, ambiguous and future dates are rejected", arguments: [
        "", "   ", "1984-02-30", "1983-02-29", "1900-02-29", "1984-13-01", "1984-00-10", "1984-04-31",
        "0000-00-00", "00000000", "1899-12-31", "1900-01-01", "1970-01-01", "2025-06-02", "2999-01-01",
        "05/03/1984", "3/5/84", "84-03-05", "1984-03", "1984", "unknown", "不明", "1984-03-05x", "1984-3-5-6",
        "19840305123", "昭和", "1984年3月",
    ])
    func invalid(raw: String) {
        #expect(birthdays.normalize(raw) == nil)
    }

    @Test("the earliest year and placeholder dates are configurable")
    func options() {
        let custom = BirthdayNormalizer(latest: 20250601, earliestYear: 1950, placeholderDates: [])
        #expect(custom.normalize("1949-12-31") == nil)
        #expect(custom.normalize("1970-01-01") == 19700101)
    }

    @Test("without a given latest date, today is the limit")
    func today() {
        let normalizer = BirthdayNormalizer()
        #expect(normalizer.latest > 20240101)
        #expect(normalizer.normalize("1984-03-05") == 19840305)
        #expect(normalizer.normalize("9999-12-31") == nil)
    }
}

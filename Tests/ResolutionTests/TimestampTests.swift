import Testing
@testable import Resolution

@Suite("Timestamps")
struct TimestampTests {
    @Test("ISO 8601 shapes read as the same instant", arguments: [
        "2024-03-05T12:00:00Z",
        "2024-03-05T12:00:00.000Z",
        "2024-03-05T21:00:00+09:00",
        "2024-03-05T21:00:00+0900",
        "2024-03-05 21:00:00 +0900",
        "2024-03-05T07:00:00-05:00",
        "2024-03-05 12:00:00 UTC",
        "2024/3/5 12:00",
    ])
    func sameInstant(text: String) {
        #expect(Timestamp(text) == .instant(seconds: 1_709_640_000, nanoseconds: 0))
    }

    @Test("fractions are kept to the nanosecond")
    func fraction() {
        #expect(Timestamp("1970-01-01T00:00:01.25Z") == .instant(seconds: 1, nanoseconds: 250_000_000))
        #expect(Timestamp("1969-12-31T23:59:59Z") == .instant(seconds: -1, nanoseconds: 0))
    }

    @Test("dates without a time are midnight UTC")
    func dateOnly() {
        #expect(Timestamp("2000-02-29") == .instant(seconds: 951_782_400, nanoseconds: 0))
    }

    @Test("impossible or unfinished values stay text", arguments: [
        "2023-02-29", "2024-13-01", "2024-03-05T25:00", "2024-03-05T12:00:00+09:00junk", "yesterday",
    ])
    func text(text: String) {
        #expect(Timestamp(text) == .text(text))
    }

    @Test("missing and blank values are nil")
    func missing() {
        #expect(Timestamp(nil) == nil)
        #expect(Timestamp("  ") == nil)
    }
}

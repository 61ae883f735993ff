import Support
import Testing

@Suite("Civil dates")
struct CivilDateTests {
    @Test("day counts since the epoch give civil dates", arguments: [
        (0, 19700101), (59, 19700301), (10_988, 20000201), (11_016, 20000229), (-1, 19691231), (20_000, 20241004),
    ])
    func fromDays(days: Int, date: Int32) {
        #expect(CivilDate(daysSinceEpoch: days).yyyymmdd == date)
    }

    @Test("dates round-trip through days since 1970", arguments: [
        (1970, 1, 1), (2000, 2, 29), (1984, 3, 5), (1900, 3, 1), (2025, 12, 31), (1, 1, 1), (9999, 12, 31),
    ])
    func roundTrip(year: Int, month: Int, day: Int) {
        let date = CivilDate(year: year, month: month, day: day)
        #expect(CivilDate(daysSinceEpoch: date.daysSinceEpoch) == date)
    }

    @Test("only days that exist in the calendar validate")
    func validation() {
        #expect(CivilDate(validating: 2024, month: 2, day: 29)?.yyyymmdd == 20240229)
        #expect(CivilDate(validating: 2023, month: 2, day: 29) == nil)
        #expect(CivilDate(validating: 1900, month: 2, day: 29) == nil)
        #expect(CivilDate(validating: 2000, month: 2, day: 29) != nil)
        #expect(CivilDate(validating: 2024, month: 4, day: 31) == nil)
        #expect(CivilDate(validating: 2024, month: 13, day: 1) == nil)
        #expect(CivilDate(validating: 0, month: 1, day: 1) == nil)
    }

    @Test("seconds before the epoch belong to the day before it")
    func secondsRoundTowardThePast() {
        #expect(CivilDate(secondsSinceEpoch: -1).yyyymmdd == 19691231)
        #expect(CivilDate(secondsSinceEpoch: 86_399).yyyymmdd == 19700101)
        #expect(CivilDate(secondsSinceEpoch: 86_400).yyyymmdd == 19700102)
    }
}

import Support

/// Birthdays as written in CRM exports → `yyyymmdd` integers.
///
/// | raw | result |
/// |---|---|
/// | `1984-03-05`, `1984/3/5`, `1984.3.5`, `19840305` | 19840305 |
/// | `1984年3月5日`, `１９８４年３月５日` | 19840305 |
/// | `昭和59年3月5日`, `S59.3.5`, `平成元年1月8日` | 19840305, 19840305, 19890108 |
/// | `1984-03-05T00:00:00.000Z`, `1984-03-05 09:00` | 19840305 (the time is ignored) |
/// | `1984-02-30`, `1899-12-31`, a future date | nil |
/// | `1900-01-01`, `1970-01-01`, `0000-00-00` | nil (placeholders) |
///
/// Day-first and month-first forms (`05/03/1984`) are rejected: they are ambiguous, and a
/// wrong birthday is worse evidence than none. Timestamps are read as written, without time
/// zone conversion.
public struct BirthdayNormalizer: Sendable {
    /// Latest accepted date (`yyyymmdd`): today (UTC) unless given.
    public let latest: Int32
    public let earliestYear: Int
    /// Dates that systems and staff use for "unknown".
    public let placeholderDates: Set<Int32>

    public static let defaultPlaceholderDates: Set<Int32> = [19000101, 19700101]

    public init(latest: Int32? = nil, earliestYear: Int = 1900,
                placeholderDates: Set<Int32> = BirthdayNormalizer.defaultPlaceholderDates) {
        self.latest = latest ?? CivilDate.todayUTC().yyyymmdd
        self.earliestYear = earliestYear
        self.placeholderDates = placeholderDates
    }

    public func normalize(_ raw: String) -> Int32? {
        guard raw.utf8.count <= 64, let date = BirthdayParser.parse(raw) else { return nil }
        guard date / 10_000 >= earliestYear, date <= latest, !placeholderDates.contains(date) else { return nil }
        return date
    }
}

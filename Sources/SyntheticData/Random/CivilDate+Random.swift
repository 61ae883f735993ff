import Support

extension CivilDate {
    /// A uniformly random day of `year`.
    static func random(inYear year: Int, _ rng: inout SeededRandom) -> CivilDate {
        let start = CivilDate(year: year, month: 1, day: 1).daysSinceEpoch
        let end = CivilDate(year: year + 1, month: 1, day: 1).daysSinceEpoch
        return CivilDate(daysSinceEpoch: start + rng.below(end - start))
    }
}

import StoredRuns
import Testing

@Suite("The Wilson interval of the audit")
struct WilsonIntervalTests {
    /// Values from the closed form (Wilson 1927; e.g. Newcombe 1998, table I), z = 1.96.
    @Test("matches published values", arguments: [
        (5, 10, 0.2366, 0.7634),
        (0, 10, 0.0, 0.2775),
        (10, 10, 0.7225, 1.0),
        (95, 100, 0.8882, 0.9785),
        (29, 30, 0.8333, 0.9941),
    ])
    func knownValues(successes: Int, trials: Int, low: Double, high: Double) throws {
        let interval = try #require(WilsonInterval(successes: successes, trials: trials))
        #expect(abs(interval.low - low) < 0.0001)
        #expect(abs(interval.high - high) < 0.0001)
    }

    @Test("stays inside [0, 1] and claims no certainty from a perfect small sample")
    func edges() throws {
        let perfect = try #require(WilsonInterval(successes: 30, trials: 30))
        #expect(perfect.high <= 1 && perfect.low < 0.9)
        #expect(WilsonInterval(successes: 0, trials: 0) == nil)
        #expect(WilsonInterval(successes: 3, trials: 2) == nil)
    }

    @Test("an estimate reports its share, its interval, and null figures before the first verdict")
    func estimateFigures() throws {
        let none = AuditEstimate(runID: 1, sampled: 40, decided: 0, correct: 0)
        #expect(none.precision == nil && none.interval == nil)
        #expect(none.text.contains("none judged yet"))
        let some = AuditEstimate(runID: 1, sampled: 40, decided: 10, correct: 5)
        #expect(some.precision == 0.5)
        #expect(some.text.contains("50.0 %") && some.text.contains("23.7 %") && some.text.contains("76.3 %"))
    }
}

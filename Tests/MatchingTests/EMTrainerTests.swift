import Testing
@testable import Matching

@Suite("EM training of m probabilities")
struct EMTrainerTests {
    @Test("recovers the m probabilities that generated the patterns")
    func recovers() {
        // Two comparisons with two levels each (exact, different). Matches: exact with 0.9 and 0.8;
        // non-matches: exact with 0.01 and 0.05. 1,000 matches among 10,000 pairs.
        let mTrue = [[0.9, 0.1], [0.8, 0.2]], u = [[0.01, 0.99], [0.05, 0.95]]
        var counts: [LevelPattern: Double] = [:]
        for a in 0..<2 {
            for b in 0..<2 {
                var p = LevelPattern()
                p.set(0, a + 1)
                p.set(1, b + 1)
                counts[p, default: 0] += 1_000 * mTrue[0][a] * mTrue[1][b] + 9_000 * u[0][a] * u[1][b]
            }
        }
        let patterns = counts.map { ($0.key, Int($0.value.rounded())) }.sorted { $0.0 < $1.0 }
        let result = EMTrainer().train(patterns: patterns, m: [[0.6, 0.4], [0.6, 0.4]], u: u, initialShare: 0.3)
        #expect(abs(result.m[0][0] - 0.9) < 0.03)
        #expect(abs(result.m[1][0] - 0.8) < 0.03)
        #expect(abs(result.matchShare - 0.1) < 0.02)
    }

    @Test("training through the matcher stores learned m values that differ from the rules")
    func throughMatcher() {
        var records = background(600)
        for k in 0..<120 { records.append(records[k * 5]) }
        var settings = smallSettings()
        // 120 pairs agree on both names: enough to learn from once the default 500 is lowered.
        settings.training.minimumPairs = 50
        let result = Matcher(settings: settings).match(records, options: .init(train: true))
        #expect(result.statistics.emIterations > 0)
        let learned = result.model.comparisons.flatMap { $0.levels.map(\.m) }
        let given = settings.comparisons.flatMap { $0.levels.map(\.m) }
        #expect(learned != given)
        #expect(learned.allSatisfy { $0 > 0 && $0 < 1 })
    }
}

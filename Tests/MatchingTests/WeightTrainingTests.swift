import Normalization
import Testing
@testable import Matching

@Suite("learned weights: repeatable, bounded, and the rules' m when training cannot be trusted")
struct WeightTrainingTests {
    /// 600 distinct people and 150 second records of some of them: a third with another phone,
    /// a third with a birthday one digit off, the rest identical. Enough pairs agree on both
    /// names to train on once `min_pairs` is lowered to fit a test-sized base.
    static func base() -> [NormalizedCustomer] {
        var records = background(600)
        for k in 0..<150 {
            let original = records[k * 4]
            var copy = original
            switch k % 3 {
            case 0: copy.phones = ["+8170\(String(20_000_000 + k * 131))"]
            case 1: copy.birthday = original.birthday.map { $0 + 1 }
            default: break
            }
            records.append(copy)
        }
        return records
    }

    static func trainable(samplePairs: Int = 2_000_000) -> MatchingSettings {
        var s = smallSettings()
        s.training.minimumPairs = 50
        s.training.samplePairs = samplePairs
        return s
    }

    @Test("the same base learns the same weights, bit for bit, on 1, 2 and 5 threads (sampled or not)")
    func sameWeightsWhateverTheThreads() {
        let records = Self.base()
        for settings in [Self.trainable(), Self.trainable(samplePairs: 120)] {
            let results = [1, 2, 5].map { Matcher(settings: settings).match(records, options: .init(threads: $0, train: true)) }
            #expect(results[0].statistics.weights.isLearned, "\(results[0].statistics.weights)")
            for r in results.dropFirst() {
                #expect(r.model == results[0].model)
                #expect(r.statistics.weights == results[0].statistics.weights)
                #expect(r.pairs.map(\.weight) == results[0].pairs.map(\.weight))
            }
        }
    }

    @Test("learned weights differ from the rules' and are stated with their iterations")
    func learnedAndStated() {
        let settings = Self.trainable()
        let result = Matcher(settings: settings).match(Self.base(), options: .init(threads: 2, train: true))
        guard case .learned(let iterations, let pairs) = result.statistics.weights else {
            Issue.record("expected learned weights, got \(result.statistics.weights)")
            return
        }
        #expect(iterations > 1 && iterations <= settings.training.maximumIterations)
        #expect(pairs >= settings.training.minimumPairs)
        #expect(result.statistics.weights.statement == "weights: learned (EM, \(iterations) iterations, converged)")
        let learned = result.model.comparisons.flatMap { $0.levels.map(\.m) }
        #expect(learned != settings.comparisons.flatMap { $0.levels.map(\.m) })
    }

    @Test("a base too small to learn from keeps the rules' m and says why in one line")
    func tinyBaseFallsBack() {
        let records = background(12) + [background(12)[3]]
        let settings = smallSettings()
        let result = Matcher(settings: settings).match(records, options: .init(threads: 1, train: true))
        #expect(!result.statistics.weights.isLearned)
        let statement = result.statistics.weights.statement
        #expect(statement.hasPrefix("weights: rule defaults ("))
        #expect(statement.contains("fewer than training.min_pairs: 500)"))
        #expect(!statement.contains("\n"))
        #expect(result.model.comparisons.flatMap { $0.levels.map(\.m) } == settings.comparisons.flatMap { $0.levels.map(\.m) })
    }

    @Test("EM that does not settle within max_iterations keeps the rules' m")
    func notConvergedFallsBack() {
        var settings = Self.trainable()
        settings.training.maximumIterations = 2
        settings.training.tolerance = 1e-12
        let result = Matcher(settings: settings).match(Self.base(), options: .init(threads: 2, train: true))
        #expect(result.statistics.weights == .ruleDefaults(reason: "EM did not converge within training.max_iterations: 2"))
        #expect(result.model.comparisons.flatMap { $0.levels.map(\.m) } == settings.comparisons.flatMap { $0.levels.map(\.m) })
    }

    @Test("--no-train scores exactly as a run whose training fell back: with the rules' m")
    func noTrainIsTheRuleDefaults() {
        let records = Self.base()
        let untrained = Matcher(settings: Self.trainable()).match(records, options: .init(threads: 2, train: false))
        var tooFew = Self.trainable()
        tooFew.training.minimumPairs = 1_000_000
        let fellBack = Matcher(settings: tooFew).match(records, options: .init(threads: 2, train: true))
        #expect(untrained.statistics.weights == .ruleDefaults(reason: "--no-train"))
        #expect(untrained.model == fellBack.model)
        #expect(untrained.pairs.map(\.weight) == fellBack.pairs.map(\.weight))
        #expect(untrained.model.comparisons.flatMap { $0.levels.map(\.m) }
            == Self.trainable().comparisons.flatMap { $0.levels.map(\.m) })
    }

    @Test("a learned m stays in range and on the rules' side of u")
    func learnedMIsBounded() {
        // A "different" level never becomes evidence for a match, whatever EM found.
        #expect(WeightTrainer.bounded(0.4, rule: 0.02, u: 0.3, isDifferent: true) == 0.3)
        #expect(WeightTrainer.bounded(0.4, rule: 0.5, u: 0.3, isDifferent: true) == 0.3)
        // An agreeing level never becomes evidence against one.
        #expect(WeightTrainer.bounded(0.001, rule: 0.03, u: 0.01, isDifferent: false) == 0.01)
        // Within range, unchanged; out of range, clamped; not a number, the rules' m.
        #expect(WeightTrainer.bounded(0.5, rule: 0.8, u: 0.01, isDifferent: false) == 0.5)
        #expect(WeightTrainer.bounded(1.0, rule: 0.8, u: 0.01, isDifferent: false) == WeightTrainer.mRange.upperBound)
        #expect(WeightTrainer.bounded(0, rule: 0.02, u: 0.5, isDifferent: true) == WeightTrainer.mRange.lowerBound)
        #expect(WeightTrainer.bounded(.nan, rule: 0.8, u: 0.01, isDifferent: false) == 0.8)
    }

    @Test("EM reports when it ran out of iterations before converging")
    func emReportsConvergence() {
        // Two comparisons (exact, different): 1,000 matches with m 0.9 and 0.8 among 10,000 pairs
        // whose non-matches reach "exact" with u 0.01 and 0.05.
        let mTrue = [[0.9, 0.1], [0.8, 0.2]], u = [[0.01, 0.99], [0.05, 0.95]]
        var patterns: [(LevelPattern, Int)] = []
        for a in 0..<2 {
            for b in 0..<2 {
                var p = LevelPattern()
                p.set(0, a + 1)
                p.set(1, b + 1)
                patterns.append((p, Int((1_000 * mTrue[0][a] * mTrue[1][b] + 9_000 * u[0][a] * u[1][b]).rounded())))
            }
        }
        let start = [[0.6, 0.4], [0.6, 0.4]]
        #expect(!EMTrainer(maximumIterations: 1, tolerance: 1e-12).train(patterns: patterns, m: start, u: u, initialShare: 0.3).converged)
        let settled = EMTrainer(maximumIterations: 1_000, tolerance: 1e-6).train(patterns: patterns, m: start, u: u, initialShare: 0.3)
        #expect(settled.converged)
        #expect(settled.iterations < 1_000)
        #expect(settled.lastChange < 1e-6)
    }

    @Test("EM on training pairs that are nearly all matches settles with the share at its bound")
    func nearlyAllMatchesConverges() {
        var same = LevelPattern()
        same.set(0, 1)
        var other = LevelPattern()
        other.set(0, 2)
        let result = EMTrainer(maximumIterations: 100, tolerance: 1e-5)
            .train(patterns: [(same, 5_000), (other, 3)], m: [[0.6, 0.4]], u: [[0.01, 0.99]], initialShare: 0.5)
        #expect(result.converged)
        #expect(result.matchShare <= 0.999)
    }

    @Test("the auto-merge evidence check weighs levels with the rules' m, whatever was learned")
    func guardReadsTheRulesM() {
        let settings = smallSettings()
        let records = background(20)
        let table = RecordTable(records, threads: 1, extraTextFields: [], valuesPerRecord: 20)
        var learned = Matcher(settings: settings).initialModel()
        // A learned model that would make every level count as evidence.
        for c in learned.comparisons.indices {
            for l in learned.comparisons[c].levels.indices { learned.comparisons[c].levels[l].m = 0.999 }
        }
        let comparer = PairComparer(table: table, specs: settings.comparisons, model: learned,
                                    allowSwappedNames: settings.allowSwappedNames, termFrequencyMinimum: settings.termFrequencyMinimum)
        let guardModel = Matcher(settings: settings).clusterer(comparer).comparer.model
        #expect(guardModel.comparisons.flatMap { $0.levels.map(\.m) } == settings.comparisons.flatMap { $0.levels.map(\.m) })
        #expect(guardModel.comparisons.flatMap { $0.levels.map(\.u) } == learned.comparisons.flatMap { $0.levels.map(\.u) })
    }

    @Test("re-weighing scored pairs by the change in m gives what scoring them again gives")
    func reweighingEqualsRescoring() {
        let settings = smallSettings()
        let records = Self.base()
        let table = RecordTable(records, threads: 1, extraTextFields: [], valuesPerRecord: 20)
        let candidates = CandidatePairs.block(table, rules: settings.blockingRules, threads: 1)
        let matcher = Matcher(settings: settings)
        let old = matcher.initialModel()
        var new = old
        // Names keep their m in training (they pick the orientation of a pair, which must not move).
        let names: Set<String> = [ColumnDefinition.familyName, ColumnDefinition.givenName]
        for c in new.comparisons.indices where !names.contains(settings.comparisons[c].field) {
            for l in new.comparisons[c].levels.indices { new.comparisons[c].levels[l].m *= l == 0 ? 0.9 : 1.7 }
        }
        func comparer(_ model: ScoringModel) -> PairComparer {
            PairComparer(table: table, specs: settings.comparisons, model: model, allowSwappedNames: settings.allowSwappedNames,
                         termFrequencyMinimum: settings.termFrequencyMinimum)
        }
        let reweighted = CandidateScorer.score(candidates, comparer: comparer(old), threads: 2).reweighted(from: old, to: new, threads: 2)
        let rescored = CandidateScorer.score(candidates, comparer: comparer(new), threads: 2)
        #expect(candidates.count > 100)
        #expect(reweighted.patterns == rescored.patterns)
        let worst = zip(reweighted.weights, rescored.weights).map { abs(Double($0) - Double($1)) }.max() ?? 0
        #expect(worst < 1e-4)
    }
}

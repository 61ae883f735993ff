import Testing
@testable import Evaluation

@Suite("Pairwise precision and recall")
struct PairwiseEvaluationTests {
    let evaluator = Evaluator(truth: Fixtures.truth)

    @Test("hand-computed figures at each threshold")
    func handComputed() throws {
        let report = try evaluator.evaluate(pairs: Fixtures.pairs, clusters: [], thresholds: [0.5, 0.9, 0.99, 0.999])
        #expect(report.truePairs == 4)
        #expect(report.evaluatedCustomers == 7)
        #expect(report.trueEntities == 4)
        #expect(report.trueEntitiesWithDuplicates == 2)
        #expect(report.ignoredPairs == 2)

        // ≥0.5: c1c2, c3c4, c2c3, c4c5 → 4 predicted, 3 true. P = 3/4, R = 3/4, F1 = 3/4.
        let half = try #require(report.pairwise(at: 0.5))
        #expect(half.predictedPairs == 4)
        #expect(half.truePositives == 3)
        #expect(half.precision == 0.75)
        #expect(half.recall == 0.75)
        #expect(abs(half.f1 - 0.75) < 1e-12)

        // ≥0.9: c1c2, c3c4 → 2 predicted, 1 true. P = 1/2, R = 1/4, F1 = 2·(1/2)(1/4)/(3/4) = 1/3.
        let strict = try #require(report.pairwise(at: 0.9))
        #expect(strict.predictedPairs == 2)
        #expect(strict.precision == 0.5)
        #expect(strict.recall == 0.25)
        #expect(abs(strict.f1 - 1.0 / 3.0) < 1e-12)

        // ≥0.99: c1c2 only (the repeat at 0.5 does not lower it). P = 1, R = 1/4, F1 = 0.4.
        let strictest = try #require(report.pairwise(at: 0.99))
        #expect(strictest.predictedPairs == 1)
        #expect(strictest.precision == 1)
        #expect(abs(strictest.f1 - 0.4) < 1e-12)

        // ≥0.999: nothing predicted. Precision 1 by convention, recall 0, F1 0.
        let none = try #require(report.pairwise(at: 0.999))
        #expect(none.predictedPairs == 0)
        #expect(none.precision == 1)
        #expect(none.recall == 0)
        #expect(none.f1 == 0)

        // Every pair: 5 distinct, 3 true. P = 3/5, R = 3/4.
        #expect(report.allPairs.predictedPairs == 5)
        #expect(report.allPairs.precision == 0.6)
        #expect(report.allPairs.recall == 0.75)
    }

    @Test("perfect pairs score 1 everywhere")
    func perfect() throws {
        let pairs = [("c1", "c2"), ("c1", "c3"), ("c2", "c3"), ("c4", "c5")].map {
            ScoredPair($0.0, $0.1, probability: 1)
        }
        let report = try evaluator.evaluate(pairs: pairs, clusters: [])
        for m in report.thresholds {
            #expect(m.precision == 1)
            #expect(m.recall == 1)
            #expect(m.f1 == 1)
        }
    }

    @Test("no predicted pairs means zero recall")
    func emptyPrediction() throws {
        let report = try evaluator.evaluate(pairs: [ScoredPair](), clusters: [])
        #expect(report.thresholds.allSatisfy { $0.recall == 0 && $0.predictedPairs == 0 })
        #expect(report.allPairs.recall == 0)
        #expect(report.allPairs.f1 == 0)
    }

    @Test("the threshold table is sorted and never gains pairs as the threshold rises")
    func thresholdTableIsMonotonic() throws {
        // A deterministic spread of pairs over 40 customers in 10 entities of 4.
        var rows: [(customerID: String, entityID: String)] = []
        for i in 0..<40 { rows.append(("k\(i)", "E\(i / 4)")) }
        let truth = try GroundTruth(rows: rows)
        var pairs: [ScoredPair] = []
        var state: UInt64 = 12345
        for _ in 0..<300 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let a = Int(state >> 33) % 40
            let b = Int(state >> 17) % 40
            pairs.append(ScoredPair("k\(a)", "k\(b)", probability: Double(state >> 11 & 0xFFFF) / 65_536))
        }
        let report = try Evaluator(truth: truth).evaluate(pairs: pairs, clusters: [],
                                                          thresholds: [0.999, 0.5, 0.9, 0.7, 0.95, 0.8, 0.99])
        #expect(report.thresholds.map(\.threshold) == [0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999])
        for (lower, higher) in zip(report.thresholds, report.thresholds.dropFirst()) {
            #expect(higher.predictedPairs <= lower.predictedPairs)
            #expect(higher.truePositives <= lower.truePositives)
            #expect(higher.recall <= lower.recall)
        }
        #expect(report.allPairs.predictedPairs >= report.thresholds[0].predictedPairs)
    }

    @Test("the universe restricts true pairs and drops pairs outside it")
    func universeRestriction() throws {
        // Universe: c1 c2 (A), c4 c5 (B), c6 (C), and z9 unknown to the truth.
        // True pairs: c1c2 and c4c5 = 2. Pairs touching c3 or c7 are ignored.
        let report = try evaluator.evaluate(pairs: Fixtures.pairs, clusters: [],
                                            universe: ["c1", "c2", "c4", "c5", "c6", "z9"], thresholds: [0.5])
        #expect(report.evaluatedCustomers == 5)
        #expect(report.unknownCustomers == 1)
        #expect(report.truePairs == 2)
        // Kept: c1c2 (0.99), c4c5 (0.60). Ignored: c3c4, c2c3, c6c7, c1cX, c1c1 (the repeat c2c1 is kept, then merged).
        #expect(report.ignoredPairs == 5)
        let m = try #require(report.pairwise(at: 0.5))
        #expect(m.predictedPairs == 2)
        #expect(m.precision == 1)
        #expect(m.recall == 1)
    }

    @Test("tuple pairs give the same report as ScoredPair values")
    func tupleOverload() throws {
        let tuples = Fixtures.pairs.map { (a: $0.a, b: $0.b, probability: $0.probability) }
        #expect(try evaluator.evaluate(pairs: tuples, clusters: []) == evaluator.evaluate(pairs: Fixtures.pairs, clusters: []))
    }

    @Test("a threshold outside 0...1 is rejected")
    func invalidThreshold() {
        #expect(throws: EvaluationError.self) {
            try evaluator.evaluate(pairs: [ScoredPair](), clusters: [], thresholds: [1.5])
        }
    }
}

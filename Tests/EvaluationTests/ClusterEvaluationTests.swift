import Testing
@testable import Evaluation

@Suite("Cluster-level figures")
struct ClusterEvaluationTests {
    let evaluator = Evaluator(truth: Fixtures.truth)

    @Test("hand-computed clustering: one exact cluster, one over-merged, one leftover singleton")
    func handComputed() throws {
        // Clusters {c1 c2 c3} = A exactly; {c4 c5 c6} = B + C; c7 unclustered (singleton).
        let report = try evaluator.evaluate(pairs: [ScoredPair](), clusters: [["c1", "c2", "c3"], ["c4", "c5", "c6"]])
        let c = report.clusters
        #expect(c.predictedClusters == 2)
        #expect(c.exactClusters == 1)
        #expect(c.overmergedClusters == 1)
        #expect(c.splitEntities == 0)
        // Implied pairs 3 + 3 = 6; true among them: 3 (A) + 1 (c4c5) = 4. P = 4/6, R = 4/4.
        #expect(c.pairwise.predictedPairs == 6)
        #expect(c.pairwise.truePositives == 4)
        #expect(abs(c.pairwise.precision - 2.0 / 3.0) < 1e-12)
        #expect(c.pairwise.recall == 1)
        // B-cubed precision: c1–c3 1 each; c4, c5 2/3 each; c6 1/3; c7 1 → (3 + 4/3 + 1/3 + 1) / 7 = 17/21.
        #expect(abs(c.bcubedPrecision - 17.0 / 21.0) < 1e-12)
        // B-cubed recall: every customer's entity lies wholly in its cluster → 1.
        #expect(abs(c.bcubedRecall - 1) < 1e-12)
    }

    @Test("B-cubed on Bagga and Baldwin's example: merging two entities gives precision 0.76, recall 1")
    func baggaBaldwin() throws {
        // 12 items: A = a1…a5, B = b1 b2, C = c1…c5. Response: {A}, {B ∪ C}.
        // Precision = (5·1 + 2·2/7 + 5·5/7) / 12 = 64/84 ≈ 0.7619; recall = 1.
        var rows: [(customerID: String, entityID: String)] = []
        for i in 1...5 { rows.append(("a\(i)", "A")) }
        for i in 1...2 { rows.append(("b\(i)", "B")) }
        for i in 1...5 { rows.append(("c\(i)", "C")) }
        let truth = try GroundTruth(rows: rows)
        let clusters = [(1...5).map { "a\($0)" }, ["b1", "b2"] + (1...5).map { "c\($0)" }]
        let c = try Evaluator(truth: truth).evaluate(pairs: [ScoredPair](), clusters: clusters).clusters
        #expect(abs(c.bcubedPrecision - 64.0 / 84.0) < 1e-12)
        #expect(abs(c.bcubedRecall - 1) < 1e-12)
        #expect(abs(c.bcubedF1 - 2 * (64.0 / 84.0) / (64.0 / 84.0 + 1)) < 1e-12)
    }

    @Test("a split entity halves B-cubed recall and keeps precision at 1")
    func splitEntity() throws {
        let truth = try GroundTruth(entityByCustomer: ["x1": "X", "x2": "X", "x3": "X", "x4": "X"])
        let c = try Evaluator(truth: truth).evaluate(pairs: [ScoredPair](), clusters: [["x1", "x2"], ["x3", "x4"]]).clusters
        #expect(c.bcubedPrecision == 1)
        #expect(c.bcubedRecall == 0.5)
        #expect(c.splitEntities == 1)
        #expect(c.exactClusters == 0)
        // Implied pairs 1 + 1, both true; true pairs 6 → R = 2/6.
        #expect(abs(c.pairwise.recall - 1.0 / 3.0) < 1e-12)
    }

    @Test("clusters equal to the entities score 1 and are all exactly right")
    func perfect() throws {
        let c = try evaluator.evaluate(pairs: [ScoredPair](), clusters: [["c3", "c1", "c2"], ["c5", "c4"], ["c6"]]).clusters
        #expect(c.pairwise.precision == 1)
        #expect(c.pairwise.recall == 1)
        #expect(c.bcubedPrecision == 1)
        #expect(c.bcubedRecall == 1)
        #expect(c.predictedClusters == 2)
        #expect(c.exactClusters == 2)
    }

    @Test("no clusters: every customer alone, pairwise recall 0, B-cubed recall the mean of 1/|entity|")
    func noClusters() throws {
        let c = try evaluator.evaluate(pairs: [ScoredPair](), clusters: []).clusters
        #expect(c.pairwise.recall == 0)
        #expect(c.bcubedPrecision == 1)
        // A: 3 × 1/3, B: 2 × 1/2, C: 1, D: 1 → 4 / 7.
        #expect(abs(c.bcubedRecall - 4.0 / 7.0) < 1e-12)
    }

    @Test("members unknown to the truth are skipped and counted")
    func unknownMembers() throws {
        let c = try evaluator.evaluate(pairs: [ScoredPair](), clusters: [["c4", "c5", "ghost"]]).clusters
        #expect(c.ignoredMembers == 1)
        #expect(c.exactClusters == 1)
    }

    @Test("a customer in two clusters is an error naming the customer")
    func overlappingClusters() {
        do {
            _ = try evaluator.evaluate(pairs: [ScoredPair](), clusters: [["c1", "c2"], ["c2", "c3"]])
            Issue.record("overlapping clusters were accepted")
        } catch {
            #expect(error.code == .customerInTwoClusters)
            #expect(error.message.contains("c2"))
        }
    }
}

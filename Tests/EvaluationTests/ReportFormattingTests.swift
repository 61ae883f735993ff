import Testing
@testable import Evaluation

@Suite("Report output for people and machines")
struct ReportFormattingTests {
    let report = try! Evaluator(truth: Fixtures.truth).evaluate(
        pairs: Fixtures.pairs, clusters: [["c1", "c2", "c3"], ["c4", "c5", "c6"]], thresholds: [0.5, 0.9])

    @Test("the text table lists every threshold and the cluster figures")
    func text() {
        let text = report.formatted()
        #expect(text.contains("≥0.500"))
        #expect(text.contains("≥0.900"))
        #expect(text.contains("B-cubed"))
        #expect(text.contains("0.7500"))
        #expect(text.contains("exactly right 1"))
    }

    @Test("the dictionary carries every figure under stable keys")
    func dictionary() {
        let d = report.dictionary
        #expect(d["pairs.true"] == 4)
        #expect(d["pairs@0.5.precision"] == 0.75)
        #expect(d["pairs@0.9.recall"] == 0.25)
        #expect(d["pairs@all.predicted"] == 5)
        #expect(d["clusters.exact"] == 1)
        #expect(d["clusters.pairwise.recall"] == 1)
        #expect(d["clusters.bcubed.recall"] == 1)
    }
}

import CRMModel
import Foundation
import Import
import Pipeline
import Rules
import Store
import StoredRuns
import Testing

@Suite("which weights a run used: stated by run, stored with it, shown by status and the HTML report")
struct RunWeightsStatementTests {
    /// 300 people and a second record of 60 of them (another phone): enough pairs agree on both
    /// names to train on once `min_pairs` is lowered to suit a test-sized base.
    static func lines() -> [String] {
        let people = backgroundCustomers(300)
        let seconds = (0..<60).map { k in
            people[k * 5].replacingOccurrences(of: #""id":"bg"#, with: #""id":"again"#)
                .replacingOccurrences(of: #""phones":["090"#, with: #""phones":["080"#)
        }
        return people + seconds
    }

    static func rules(minimumPairs: Int) throws -> RuleSet {
        let text = try PipelineFixture.rules().text.replacingOccurrences(of: "min_pairs: 500", with: "min_pairs: \(minimumPairs)")
        return try RulesParser.parse(text, source: "test")
    }

    private func run(minimumPairs: Int, train: Bool) throws -> (PipelineFixture, RunSummary) {
        let fixture = try PipelineFixture()
        let file = try fixture.write(Self.lines())
        _ = try CustomerFileImporter(store: try CustomerStore(path: fixture.database)).importFile(at: file)
        let summary = try BatchRun(databasePath: fixture.database, rules: Self.rules(minimumPairs: minimumPairs),
                                   threads: 2, train: train).execute()
        return (fixture, summary)
    }

    @Test("learned weights: the summary, the stored run, status and the HTML page say so")
    func learnedStated() throws {
        let (fixture, summary) = try run(minimumPairs: 20, train: true)
        defer { fixture.cleanUp() }
        let statement = summary.statistics.weights.statement
        #expect(statement.hasPrefix("weights: learned (EM, ") && statement.hasSuffix(" iterations, converged)"))
        #expect(summary.trained)
        #expect(summary.text.split(separator: "\n").contains { $0 == "  " + statement })
        let store = try CustomerStore.openExisting(fixture.database, mode: .readOnly)
        let row = try #require(try store.run(id: summary.runID))
        #expect(WeightsJSON.statement(summary: row.summary) == statement)
        #expect(row.trainedModel != nil)
        #expect(try StoreStatus.collect(databasePath: fixture.database).text.contains("latest run's " + statement))
        let context = try StoredRun.htmlContext(store, runID: summary.runID, mode: .report)
        #expect(context.weightsStatement == statement)
    }

    @Test("--no-train: rule defaults, said as such, and no trained model stored")
    func noTrainStated() throws {
        let (fixture, summary) = try run(minimumPairs: 20, train: false)
        defer { fixture.cleanUp() }
        #expect(summary.statistics.weights.statement == "weights: rule defaults (--no-train)")
        #expect(!summary.trained)
        let store = try CustomerStore.openExisting(fixture.database, mode: .readOnly)
        let row = try #require(try store.run(id: summary.runID))
        #expect(row.trainedModel == nil)
        #expect(try StoreStatus.collect(databasePath: fixture.database).text.contains("latest run's weights: rule defaults (--no-train)"))
    }

    @Test("a base with too few training pairs runs on the rule defaults and the summary says why")
    func tooSmallStated() throws {
        let (fixture, summary) = try run(minimumPairs: 500, train: true)
        defer { fixture.cleanUp() }
        let line = try #require(summary.text.split(separator: "\n").first { $0.hasPrefix("  weights: ") })
        #expect(line.hasPrefix("  weights: rule defaults ("))
        #expect(line.hasSuffix(", fewer than training.min_pairs: 500)"))
        guard case .object(let json) = summary.json, case .object(let weights)? = json["weights"] else {
            Issue.record("the summary JSON has no weights object")
            return
        }
        #expect(weights["source"] == .string("rule_defaults"))
    }
}

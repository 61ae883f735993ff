import Foundation
import Import
import Pipeline
import Rules
import Store
import SyntheticData
import TestSupport

/// A generated base of 3,000 customers (with its duplicates), imported and run once for the
/// whole test process: the run writes the standing index the tests read.
struct IndexedBase {
    let database: String
    let runID: Int64

    static let shared: Result<IndexedBase, Error> = Result {
        let folder = try TemporaryFolder("tcdedupe-standing").keep()
        let customers = folder + "/customers.jsonl"
        let generator = try CustomerBaseGenerator(configuration: GeneratorConfiguration(customers: 3_000, seed: 7))
        try generator.generate(toJSONL: customers, truthCSV: folder + "/truth.csv")
        let database = folder + "/store.sqlite"
        _ = try CustomerFileImporter(store: try CustomerStore(path: database)).importFile(at: customers)
        let summary = try BatchRun(databasePath: database, rules: try Self.rules(), threads: 2).execute()
        return IndexedBase(database: database, runID: summary.runID)
    }

    /// The default rules with fewer random pairs for u, so that a debug build runs quickly.
    static func rules() throws -> RuleSet {
        try RulesParser.parse(RuleSet.defaultText.replacingOccurrences(of: "u_sample_size: 1000000", with: "u_sample_size: 20000"),
                              source: "test")
    }
}

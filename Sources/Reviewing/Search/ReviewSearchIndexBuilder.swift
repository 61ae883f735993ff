import CRMModel
import Normalization
import Rules
import Store
import StoredRuns

/// Builds a run's search keys once (`review_search_keys`), from its clusters' members as
/// stored, normalized as the run normalized them (its own rules' normalization options).
///
/// It reads the clusters a slice of ids at a time, so memory stays flat at any size, and
/// writes through the store's staging table (sorted, short transactions). A build cut short
/// (the server stopped) leaves the run unmarked and is done again next time.
///
/// Kanji readings are learned within each slice (several thousand customers), not across the
/// whole base as the run did: a kanji name whose reading appears nowhere in its slice is found
/// by its kanji and its kana, not by romaji.
public struct ReviewSearchIndexBuilder: Sendable {
    public let databasePath: String
    public let runID: Int64
    /// Clusters per slice.
    public var slice = 4_000

    public init(databasePath: String, runID: Int64) {
        self.databasePath = databasePath
        self.runID = runID
    }

    /// Builds the keys unless the run has them; `progress` gets the share done (0...1).
    /// Returns the number of keys written (0 when they were there already).
    @discardableResult
    public func buildIfNeeded(progress: (Double) -> Void = { _ in }) throws -> Int {
        let store = try CustomerStore(path: databasePath)
        if try store.hasReviewSearchKeys(runID: runID) { return 0 }
        guard let run = try store.run(id: runID) else { throw PipelineError("there is no run \(runID)") }
        let rules = try StoredRun.rulesOfRun(run)
        let setup = NormalizationSetup(rules.normalization)
        let normalizer = CustomerNormalizer(options: setup.options)
        let emails = setup.emailNormalizer
        let reader = FieldReader(rules.fields)
        let last = try store.maximumClusterID(runID: runID)
        try store.beginReviewSearchStaging()
        var low = 0
        while low <= last {
            let high = low + slice - 1
            let records = try store.reviewMemberRecords(runID: runID, clusterIDs: low...high)
            var owners: [(clusterID: Int, customerID: String)] = []
            var inputs: [CustomerInput] = []
            var keys: [(key: String, clusterID: Int)] = []
            for record in records {
                keys.append(("i:" + record.customerID, record.clusterID))
                guard let raw = record.raw, let value = try? JSONValue(parsing: raw),
                      let customer = try? Customer(value: value) else { continue }
                owners.append((record.clusterID, record.customerID))
                inputs.append(NormalizationSetup.input(reader.fields(of: customer)))
            }
            let normalized = inputs.isEmpty ? [] : normalizer.normalize(inputs)
            for (k, customer) in normalized.enumerated() {
                let written = inputs[k].emails.compactMap { emails.writeForm($0) }
                for key in ReviewSearchKeys.keys(customerID: owners[k].customerID, customer, emails: written) {
                    keys.append((key, owners[k].clusterID))
                }
            }
            try store.stageReviewSearchKeys(keys)
            low = high + 1
            progress(0.8 * min(1, Double(low) / Double(max(last, 1))))
        }
        return try store.commitReviewSearchKeys(runID: runID) { progress(0.8 + 0.2 * $0) }
    }
}

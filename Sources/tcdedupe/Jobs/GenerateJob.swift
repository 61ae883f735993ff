import SyntheticData
import StoredRuns

/// `tcdedupe generate`: a synthetic base and its ground truth.
struct GenerateJob: Sendable {
    var customers: Int
    var seed: UInt64
    var outputPath: String
    var truthPath: String

    init(customers: Int, seed: UInt64, outputPath: String, truthPath: String) {
        self.customers = customers
        self.seed = seed
        self.outputPath = outputPath
        self.truthPath = truthPath
    }

    func run() throws -> String {
        let clock = ContinuousClock()
        let start = clock.now
        let generator = try CustomerBaseGenerator(configuration: GeneratorConfiguration(customers: customers, seed: seed))
        let s = try generator.generate(toJSONL: outputPath, truthCSV: truthPath)
        let d = start.duration(to: clock.now)
        let seconds = Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        return """
        wrote \(group(s.customers)) customers (\(group(s.entities)) people, \(group(s.entitiesWithDuplicates)) with duplicates, \
        \(group(s.truePairs)) true duplicate pairs) to \(outputPath) and the truth to \(truthPath) in \(fixed(seconds, 1)) s
        hard cases: \(group(s.households)) households sharing a phone, \(group(s.placeholderRecords)) placeholder names, \
        \(group(s.sharedPhoneRecords)) records on shared desk phones
        """
    }
}

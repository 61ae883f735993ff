@testable import Matching
import Normalization
import Testing

/// Records with thousands of phones, and bases too small for the u sample: both once made a
/// run on three customers take more than ten minutes.
@Suite("Pathological records and tiny bases")
struct PathologicalRecordTests {
    /// Two customers sharing `count` phones, and a stranger.
    static func sharedPhones(_ count: Int) -> [NormalizedCustomer] {
        let phones = (0..<count).map { "+8190\(10_000_000 + $0)" }
        return [
            person("tanaka", "taro", phones: phones, emails: ["taro@example.jp"], birthday: 19_800_101),
            person("tanaka", "taro", phones: phones.reversed(), emails: ["taro@example.jp"], birthday: 19_800_101),
            person("suzuki", "hanako", phones: ["+819099999999"], birthday: 19_900_202),
        ]
    }

    @Test("a record's phones beyond max_values_per_record are not matched on, and the capped records are counted")
    func valuesCapped() {
        var settings = smallSettings()
        settings.maximumValuesPerRecord = 20
        let result = Matcher(settings: settings).match(Self.sharedPhones(10_000), options: .init(threads: 2))
        #expect(result.statistics.cappedRecords == 2)
        // Blocking used 20 phones a side: the two reversed lists share none of their first 20,
        // so the pair still meets on name, and is found once.
        #expect((result.statistics.pairsByRule["phone"] ?? 0) == 0)
        #expect(result.statistics.candidatePairs == 1)
    }

    @Test("a record at the cap, or repeating a kept value, is not counted as capped")
    func atTheCap() {
        var settings = smallSettings()
        settings.maximumValuesPerRecord = 3
        var records = Self.sharedPhones(3)
        records[2] = person("suzuki", "hanako", phones: ["+819011111111", "+819022222222", "+819033333333", "+819011111111"])
        let result = Matcher(settings: settings).match(records, options: .init(threads: 1))
        #expect(result.statistics.cappedRecords == 0)
    }

    @Test("u is estimated from every pair of a base with fewer pairs than the sample, each compared once")
    func sampleBoundedByPairs() {
        #expect(UEstimator.sampleSize(requested: 1_000_000, records: 3) == 3)
        #expect(UEstimator.sampleSize(requested: 1_000_000, records: 1) == 0)
        #expect(UEstimator.sampleSize(requested: 20_000, records: 1_000) == 20_000)
        let result = Matcher(settings: smallSettings()).match(Self.sharedPhones(5), options: .init(threads: 2))
        #expect(result.statistics.uSamplePairs == 3)
    }

    @Test("every pair of a small base is enumerated once, in row order")
    func pairsEnumerated() {
        let pairs = (0..<10).map { UEstimator.pair(at: $0, of: 5) }
        let expected = [(0, 1), (0, 2), (0, 3), (0, 4), (1, 2), (1, 3), (1, 4), (2, 3), (2, 4), (3, 4)]
        #expect(pairs.map { [$0.0, $0.1] } == expected.map { [$0.0, $0.1] })
    }
}

/// Messages a progress callback received (calls are serialised by ``ChunkProgress``).
private final class Received: @unchecked Sendable {
    var lines: [String] = []
}

@Suite("Progress inside a long stage")
struct ChunkProgressTests {
    @Test("a large stage reports every 10 % once, in order, up to 100 %")
    func tenPercentSteps() throws {
        let received = Received()
        let progress = try #require(ChunkProgress("scoring", total: 1_000_000) { received.lines.append($0) })
        for _ in 0..<40 { progress.advance(by: 25_000) }
        #expect(received.lines == (1...10).map { "scoring: \($0 * 10) %" })
    }

    @Test("a small stage, or no one to tell, gets no progress")
    func smallStage() {
        #expect(ChunkProgress("u", total: ChunkProgress.minimumItems - 1) { _ in } == nil)
        #expect(ChunkProgress("u", total: 10_000_000, report: nil) == nil)
    }
}

import Testing
@testable import SyntheticData

@Suite("Generation is deterministic per seed")
struct GeneratorDeterminismTests {
    @Test("the same seed gives byte-identical customers and truth")
    func sameSeedSameBytes() {
        let first = GeneratedBase.bytes(customers: 1500, seed: 11)
        let second = GeneratedBase.bytes(customers: 1500, seed: 11)
        #expect(first.count > 100_000)
        #expect(first == second)
    }

    @Test("a different seed gives a different base")
    func differentSeedDiffers() {
        #expect(GeneratedBase.bytes(customers: 500, seed: 11) != GeneratedBase.bytes(customers: 500, seed: 12))
    }

    @Test("the record count is exact for awkward sizes, zero included")
    func recordCountIsExactForAwkwardSizes() {
        for customers in [0, 1, 2, 3, 17, 999] {
            let generator = try! CustomerBaseGenerator(configuration: GeneratorConfiguration(customers: customers, seed: 3))
            var lines = 0
            var truthRows = 0
            let summary = generator.generate(writeCustomer: { _ in lines += 1 }, writeTruth: { _, _ in truthRows += 1 })
            #expect(lines == customers)
            #expect(truthRows == customers)
            #expect(summary.customers == customers)
        }
    }
}

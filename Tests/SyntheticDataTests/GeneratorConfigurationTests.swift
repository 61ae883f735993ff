import Foundation
import Testing
@testable import SyntheticData
import TestSupport

@Suite("Configuration and file output")
struct GeneratorConfigurationTests {
    @Test("an out-of-range knob is rejected by name")
    func invalidKnob() {
        #expect(throws: GeneratorConfigurationError.self) {
            try CustomerBaseGenerator(configuration: GeneratorConfiguration(customers: 10, duplicateRate: 1.5))
        }
        do {
            _ = try CustomerBaseGenerator(configuration: GeneratorConfiguration(customers: -1))
            Issue.record("a negative customer count was accepted")
        } catch {
            #expect(error.knob == "customers")
        }
    }

    @Test("the file writer produces JSON Lines and a truth CSV with its header")
    func writesFiles() throws {
        let folder = try TemporaryFolder("tcdedupe-generator")
        let dir = folder.url
        let generator = try CustomerBaseGenerator(configuration: GeneratorConfiguration(customers: 300, seed: 5))
        let summary = try generator.generate(toJSONL: dir.appendingPathComponent("c.jsonl").path,
                                             truthCSV: dir.appendingPathComponent("t.csv").path)
        let jsonl = try String(contentsOf: dir.appendingPathComponent("c.jsonl"), encoding: .utf8)
        let csv = try String(contentsOf: dir.appendingPathComponent("t.csv"), encoding: .utf8)
        #expect(jsonl.split(separator: "\n").count == 300)
        #expect(jsonl.utf8.count == summary.customerBytes)
        let rows = csv.split(separator: "\n")
        #expect(rows.first == "customer_id,entity_id")
        #expect(rows.count == 301)
        #expect(rows.dropFirst().allSatisfy { $0.split(separator: ",").count == 2 })
    }

    @Test("writing into a missing folder fails with the path in the error")
    func missingFolder() {
        let generator = try! CustomerBaseGenerator(configuration: GeneratorConfiguration(customers: 3))
        do {
            try generator.generate(toJSONL: "/nonexistent-folder/c.jsonl", truthCSV: "/nonexistent-folder/t.csv")
            Issue.record("no error for a missing folder")
        } catch {
            #expect(error.path == "/nonexistent-folder/c.jsonl")
        }
    }
}

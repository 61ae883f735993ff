import Foundation
import Testing
@testable import Evaluation
import TestSupport

@Suite("Reading the truth CSV")
struct GroundTruthCSVTests {
    @Test("rows are read, with CRLF, quotes, a BOM and blank lines tolerated")
    func reads() throws {
        let text = "\u{FEFF}customer_id,entity_id\r\nc1,E1\r\n\r\n\"c2\",E1\nc3, \"E2\"\n"
        let truth = try GroundTruth(csv: text)
        #expect(truth.customerCount == 3)
        #expect(truth.entityCount == 2)
        #expect(truth.entityID(of: "c2") == "E1")
        #expect(truth.entityID(of: "c3") == "E2")
        #expect(truth.entityID(of: "zz") == nil)
    }

    @Test("a bad row is reported with its line number", arguments: [
        ("customer_id,entity_id\nc1,E1\nc2,E1,extra\n", 3, TruthError.Code.badRow),
        ("customer_id,entity_id\nc1,E1\nc2\n", 3, .badRow),
        ("customer_id,entity_id\nc1,E1\n,E2\n", 3, .badRow),
        ("customer_id,entity_id\nc1,E1\nc2,E2\nc1,E3\n", 4, .duplicateCustomer),
        ("id,entity\nc1,E1\n", 1, .missingHeader),
    ])
    func badRow(text: String, line: Int, code: TruthError.Code) {
        do {
            _ = try GroundTruth(csv: text)
            Issue.record("accepted a bad truth: \(text)")
        } catch {
            #expect(error.code == code)
            #expect(error.line == line)
            #expect(error.description.contains(":\(line):"))
        }
    }

    @Test("a duplicate customer names the line it was first listed on")
    func duplicateNamesFirstLine() {
        do {
            _ = try GroundTruth(csv: "customer_id,entity_id\nc1,E1\nc2,E2\nc1,E3\n")
            Issue.record("accepted a duplicate customer")
        } catch {
            #expect(error.message.contains("line 2"))
        }
    }

    @Test("an empty text has no header")
    func emptyText() {
        #expect(throws: TruthError.self) { try GroundTruth(csv: "") }
    }

    @Test("a missing file is reported with its path")
    func missingFile() {
        do {
            _ = try GroundTruth(csvFile: "/nonexistent/truth.csv")
            Issue.record("read a missing file")
        } catch {
            #expect(error.code == .unreadableFile)
            #expect(error.path == "/nonexistent/truth.csv")
        }
    }

    @Test("a file is read like text")
    func readsFile() throws {
        let folder = try TemporaryFolder("tcdedupe-evaluation")
        let path = try folder.write("truth.csv", "customer_id,entity_id\na,X\nb,X\n")
        let truth = try GroundTruth(csvFile: path)
        #expect(truth.customerCount == 2)
        #expect(truth.entityCount == 1)
    }
}

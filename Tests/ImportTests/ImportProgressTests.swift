import Testing
import Import

@Suite("Progress")
struct ImportProgressTests {
    @Test("the last report says finished, with every byte read and every record stored")
    func finalReport() throws {
        let f = try ImportFixture()
        let text = (0..<100).map { "{\"id\":\"c\($0)\"}" }.joined(separator: "\n") + "\nbad\n"
        try f.write("p.jsonl", text)
        var reports: [ImportProgress] = []
        _ = try f.importFile("p.jsonl") { reports.append($0) }
        let total = Int64(text.utf8.count)
        #expect(reports.last == ImportProgress(phase: .finished, records: 100, rejected: 1, bytesRead: total, totalBytes: total, stored: 100, toStore: 100))
        #expect(reports.contains { $0.phase == .storing })
        #expect(reports.count < 10)
    }
}

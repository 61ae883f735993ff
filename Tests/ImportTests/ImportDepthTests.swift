import Testing
import Import

@Suite("Deep records on worker threads")
struct ImportDepthTests {
    @Test("records nested up to the parser's default limit are checked on worker threads without running out of stack")
    func deepRecordsInParallel() throws {
        let f = try ImportFixture()
        let depth = 500
        let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let text = (0..<200).map { "{\"id\":\"d\($0)\",\"x\":\(nested)}" }.joined(separator: "\n")
        try f.write("deep.jsonl", text)
        var options = ImportOptions()
        options.maxDepth = 512
        options.parserThreads = 2
        let summary = try f.importFile("deep.jsonl", options: options)
        #expect(summary.imported == 200)
    }
}

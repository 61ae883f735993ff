import Foundation
import Testing
import Import
import Store

@Suite("Importing each file layout")
struct ImportFormatTests {
    @Test("JSON Lines: each line is stored exactly as written, with its franchise and update time")
    func jsonLines() throws {
        let f = try ImportFixture()
        let lines = [
            #"{"id":"c1","franchise_id":"f1","updated_at":"2024-01-02T03:04:05Z","first_name":"太郎"}"#,
            #"{ "id" : "c2" ,  "price": 1.10 }"#,
            #"{"id":"3","franchise_id":"  "}"#,
        ]
        try f.write("in.jsonl", lines.joined(separator: "\n") + "\n")
        let summary = try f.importFile("in.jsonl")
        #expect(summary.format == .jsonLines)
        #expect(summary.imported == 3 && summary.inserted == 3 && summary.updated == 0 && summary.rejected == 0)
        #expect(try f.store.customer(id: "c1") == CustomerRow(id: "c1", franchiseID: "f1", updatedAt: "2024-01-02T03:04:05Z", raw: lines[0]))
        #expect(try f.raw("c2") == lines[1])
        #expect(try f.store.customer(id: "3") == CustomerRow(id: "3", franchiseID: nil, updatedAt: nil, raw: lines[2]))
    }

    @Test("a JSON array over many lines: each element stored as its own bytes")
    func jsonArray() throws {
        let f = try ImportFixture()
        try f.write("in.json", """
            [
              {"id": "a", "name": "A"},
              {
                "id": "b",
                "tags": ["x", "y,z"]
              }
            ]

            """)
        let summary = try f.importFile("in.json")
        #expect(summary.format == .jsonArray)
        #expect(summary.imported == 2)
        #expect(summary.warnings.isEmpty)
        #expect(try f.raw("a") == #"{"id": "a", "name": "A"}"#)
        #expect(try f.raw("b") == "{\n    \"id\": \"b\",\n    \"tags\": [\"x\", \"y,z\"]\n  }")
    }

    @Test("saved customer_search pages, one per line: every customer of every page")
    func pagesPerLine() throws {
        let f = try ImportFixture()
        try f.write("pages.jsonl", """
            {"customers":[{"id":"p1","n":1},{"id":"p2","n":[1,2]}],"pagination":{"scroll_id":"s1","total_results":3}}
            {"customers":[ {"id":"p3"} ],"pagination":{"scroll_id":"s2","total_results":3}}
            {"customers":[],"pagination":{"scroll_id":"s3","total_results":3}}
            """)
        let summary = try f.importFile("pages.jsonl")
        #expect(summary.pages == 3)
        #expect(summary.imported == 3)
        #expect(try f.ids() == ["p1", "p2", "p3"])
        #expect(try f.raw("p2") == #"{"id":"p2","n":[1,2]}"#)
        #expect(try f.raw("p3") == #"{"id":"p3"}"#)
    }

    @Test("an array of saved pages")
    func arrayOfPages() throws {
        let f = try ImportFixture()
        try f.write("pages.json", """
            [{"pagination":{"scroll_id":"s1"},"customers":[{"id":"a"},{"id":"b"}]},
             {"customers":[{"id":"c","customers":"not a page"}],"pagination":{}}]
            """)
        let summary = try f.importFile("pages.json")
        #expect(summary.pages == 2)
        #expect(try f.ids() == ["a", "b", "c"])
        #expect(try f.raw("c") == #"{"id":"c","customers":"not a page"}"#)
    }

    @Test("objects printed over several lines one after another (as jq prints them)")
    func jsonSequence() throws {
        let f = try ImportFixture()
        try f.write("jq.json", """
            {
              "id": "a",
              "name": "A"
            }
            {
              "id": "b"
            }
            42
            {
              "id": "c"
            }
            """)
        let summary = try f.importFile("jq.json")
        #expect(summary.format == .jsonSequence)
        #expect(try f.ids() == ["a", "b", "c"])
        #expect(summary.rejects == [ImportReject(line: 8, reason: "record is not a JSON object (it is a number)", snippet: "42")])
        #expect(try f.raw("b") == "{\n  \"id\": \"b\"\n}")
    }

    @Test("a UTF-8 byte order mark and CRLF line ends are accepted")
    func bomAndCRLF() throws {
        let f = try ImportFixture()
        try f.write("bom.jsonl", [0xEF, 0xBB, 0xBF] + Array("{\"id\":\"a\"}\r\n{\"id\":\"b\"}\r\n".utf8))
        let summary = try f.importFile("bom.jsonl")
        #expect(summary.imported == 2)
        #expect(try f.raw("a") == #"{"id":"a"}"#)
        #expect(try f.raw("b") == #"{"id":"b"}"#)
    }

    @Test("records straddling the reads give the same result, whatever the read size", arguments: [1, 7, 64, 4 << 20])
    func readSizes(chunk: Int) throws {
        let f = try ImportFixture()
        try f.write("a.json", """
            [{"id":"a","s":"x\\"]},{"},
             {"id":"b","nested":{"k":[1,{"id":"no"}]}}, 7 ,{"id":"c"}]
            """)
        try f.write("b.jsonl", "{\"id\":\"d\"}\n\n{\"customers\":[{\"id\":\"e\"}],\"pagination\":{}}\n[1]\n{\"id\":\"f\"}")
        var options = ImportOptions()
        options.chunkBytes = chunk
        let a = try f.importFile("a.json", options: options)
        let b = try f.importFile("b.jsonl", options: options)
        #expect(try f.ids() == ["a", "b", "c", "d", "e", "f"])
        #expect(try f.raw("a") == #"{"id":"a","s":"x\"]},{"}"#)
        #expect(a.rejects.map(\.line) == [2] && b.rejects.map(\.line) == [4])
        #expect(a.rejects.map(\.snippet) == ["7"])
    }

    @Test("many records checked on several threads keep their order and last-wins")
    func parallelOrder() throws {
        let f = try ImportFixture()
        var text = ""
        for k in 0..<3_000 { text += "{\"id\":\"id\(k % 1_000)\",\"k\":\(k)}\n" }
        try f.write("many.jsonl", text)
        var options = ImportOptions()
        options.parserThreads = 3
        options.chunkBytes = 10_000
        let summary = try f.importFile("many.jsonl", options: options)
        #expect(summary.imported == 3_000 && summary.inserted == 1_000 && summary.updated == 2_000)
        #expect(try f.raw("id7") == #"{"id":"id7","k":2007}"#)
        #expect(try f.store.customerCount() == 1_000)
    }
}

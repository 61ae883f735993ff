import Foundation
import Testing
import Import
import Store

@Suite("Bad records are rejected with their line and reason; the rest import")
struct ImportRejectTests {
    /// One JSON Lines file with every kind of bad record between good ones.
    static func mixedFile() -> [UInt8] {
        var lines: [[UInt8]] = [
            Array(#"{"id":"good1","name":"A"}"#.utf8),                       // 1
            Array(#"{"id":"broken","name":"x""#.utf8),                       // 2 malformed
            Array(#"{"name":"no id"}"#.utf8),                                // 3 no id
            Array(#"{"id":"utf8","name":""#.utf8) + [0xFF, 0xFE] + Array(#""}"#.utf8), // 4 broken UTF-8
            Array("{\"id\":\"huge\",\"name\":\"\(String(repeating: "x", count: 10_000_000))\"}".utf8), // 5 10 MB name
            Array("42".utf8),                                                // 6 a number
            [],                                                              // 7 empty line
            Array("   \t".utf8),                                             // 8 blank line
            Array(#"{"id":"good2"}"#.utf8) + [0x0D],                         // 9 CRLF
            Array("{\"id\":\"long\",\"name\":\"\(String(repeating: "y", count: 100_000))\"}".utf8), // 10 100 KB name
            Array(#"{"id":""}"#.utf8),                                       // 11 empty id
            Array((String(repeating: "[", count: 70) + String(repeating: "]", count: 70)).utf8),  // 12 too deep
            Array(#"{"id":"good3","a":[1,2],"b":{"c":null}}"#.utf8),         // 13
        ]
        lines[11] = Array("{\"id\":\"deep\",\"x\":".utf8) + lines[11] + Array("}".utf8)
        return Array(lines.joined(separator: [0x0A]))
    }

    @Test("a file mixing good and bad lines: exact lines and reasons, good ones imported")
    func mixedLines() throws {
        let f = try ImportFixture()
        try f.write("mixed.jsonl", Self.mixedFile())
        let summary = try f.importFile("mixed.jsonl")
        #expect(try f.ids() == ["good1", "good2", "good3"])
        #expect(summary.imported == 3)
        #expect(summary.rejected == 8)
        let expected: [(Int, String)] = [
            (2, "invalid JSON: unexpected end of input at byte 25 of the record"),
            (3, #"record has no "id""#),
            (4, "invalid UTF-8 at byte 21 of the record"),
            (5, "record of 10000023 bytes is larger than the limit of 1 MiB"),
            (6, "record is not a JSON object (it is a number)"),
            (10, #"the value of "name" is 100000 bytes, longer than the limit of 64 KiB"#),
            (11, #"record has an unusable "id": id is empty"#),
            (12, "invalid JSON: nesting deeper than 64 levels at byte 80 of the record"),
        ]
        #expect(summary.rejects.map(\.line) == expected.map(\.0))
        #expect(summary.rejects.map(\.reason) == expected.map(\.1))
        #expect(try f.raw("good2") == #"{"id":"good2"}"#)
    }

    @Test("snippets are at most 200 bytes, cut between characters, with broken bytes replaced")
    func snippets() throws {
        let f = try ImportFixture()
        let long = "{\"id\":\"k\",\"name\":\"" + String(repeating: "田", count: 100) + "\""
        try f.write("s.jsonl", Array(long.utf8) + [0x0A] + Array(#"{"id":1,"n":""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8))
        let summary = try f.importFile("s.jsonl")
        let first = try #require(summary.rejects.first)
        #expect(first.snippet.utf8.count <= 200)
        #expect(long.hasPrefix(first.snippet))
        #expect(first.snippet.utf8.count > 195)
        #expect(summary.rejects.last?.snippet == "{\"id\":1,\"n\":\"\u{FFFD}(\"}")
    }

    @Test("the rejects file holds each rejected record's line, reason and text")
    func rejectsFile() throws {
        let f = try ImportFixture()
        try f.write("mixed.jsonl", Self.mixedFile())
        var options = ImportOptions()
        options.rejectsPath = f.path("rejects.jsonl")
        _ = try f.importFile("mixed.jsonl", options: options)
        let text = try String(contentsOfFile: f.path("rejects.jsonl"), encoding: .utf8)
        let rows = try text.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(rows.count == 8)
        #expect(rows.map { $0["line"] as? Int } == [2, 3, 4, 5, 6, 10, 11, 12])
        #expect(rows[0]["raw"] as? String == #"{"id":"broken","name":"x""#)
        #expect(rows[0]["reason"] as? String == "invalid JSON: unexpected end of input at byte 25 of the record")
        #expect(rows[2]["raw"] as? String == "{\"id\":\"utf8\",\"name\":\"\u{FFFD}\u{FFFD}\"}")
        #expect((rows[3]["raw"] as? String)?.utf8.count == 10_000_023)
        #expect(rows[3]["truncated"] == nil)
        #expect(text.split(separator: "\n").first?.hasPrefix(#"{"line":2,"reason":"#) == true)
    }

    @Test("the rejects file is created 0600: it holds customers' records")
    func rejectsFileOwnerOnly() throws {
        let f = try ImportFixture()
        try f.write("mixed.jsonl", Self.mixedFile())
        var options = ImportOptions()
        options.rejectsPath = f.path("rejects.jsonl")
        _ = try f.importFile("mixed.jsonl", options: options)
        let mode = try FileManager.default.attributesOfItem(atPath: f.path("rejects.jsonl"))[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test("a record past the reading limit is skipped unread, and later lines keep their numbers")
    func skippedUnread() throws {
        let f = try ImportFixture()
        let big = "{\"id\":\"big\",\"x\":\"" + String(repeating: "z", count: 5_000) + "\"}"
        try f.write("big.jsonl", "{\"id\":\"a\"}\n\(big)\n{\"id\":\"b\"}\n")
        var options = ImportOptions()
        options.maxPageBytes = 1_000
        options.maxRecordBytes = 100
        options.chunkBytes = 64
        options.rejectsPath = f.path("rejects.jsonl")
        let summary = try f.importFile("big.jsonl", options: options)
        #expect(try f.ids() == ["a", "b"])
        #expect(summary.rejects.map(\.line) == [2])
        #expect(summary.rejects.first?.reason.hasPrefix("record of ") == true)
        #expect(summary.rejects.first?.reason.hasSuffix("bytes is larger than the limit of 1000 bytes; skipped unread") == true)
        let row = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: f.path("rejects.jsonl")))) as? [String: Any])
        #expect(row["truncated"] as? Bool == true)
        #expect((row["raw"] as? String).map { big.hasPrefix($0) && $0.utf8.count >= 100 } == true)
    }

    @Test("the same oversize record inside an array is skipped the same way")
    func skippedInArray() throws {
        let f = try ImportFixture()
        let big = "{\"id\":\"big\",\"x\":[" + Array(repeating: "\"q]\"", count: 500).joined(separator: ",") + "]}"
        try f.write("big.json", "[{\"id\":\"a\"},\n\(big),\n{\"id\":\"b\"}]")
        var options = ImportOptions()
        options.maxPageBytes = 1_000
        options.chunkBytes = 100
        let summary = try f.importFile("big.json", options: options)
        #expect(try f.ids() == ["a", "b"])
        #expect(summary.rejects.map(\.line) == [2])
        #expect(summary.rejects.first?.reason == "record of \(big.utf8.count) bytes is larger than the limit of 1000 bytes; skipped unread")
    }

    @Test("duplicates: the last record of an id wins, also over an earlier import")
    func duplicates() throws {
        let f = try ImportFixture()
        try f.write("one.jsonl", "{\"id\":\"a\",\"v\":1}\n{\"id\":\"b\"}\n{\"id\":\"a\",\"v\":2}\n")
        let first = try f.importFile("one.jsonl")
        #expect(first.imported == 3 && first.inserted == 2 && first.updated == 1)
        #expect(try f.raw("a") == #"{"id":"a","v":2}"#)
        try f.write("two.jsonl", "{\"id\":\"a\",\"v\":3}\n{\"id\":\"c\"}\n")
        let second = try f.importFile("two.jsonl")
        #expect(second.inserted == 1 && second.updated == 1)
        #expect(try f.raw("a") == #"{"id":"a","v":3}"#)
        #expect(try f.store.customerCount() == 3)
    }

    @Test("the summary keeps the first rejects and counts them all")
    func keptRejects() throws {
        let f = try ImportFixture()
        try f.write("bad.jsonl", "{\"id\":\"a\"}\n" + String(repeating: "nope\n", count: 5))
        var options = ImportOptions()
        options.keptRejects = 2
        let summary = try f.importFile("bad.jsonl", options: options)
        #expect(summary.rejected == 5)
        #expect(summary.rejects.map(\.line) == [2, 3])
        #expect(summary.rejects.first?.reason == "invalid JSON: invalid literal: expected 'null' at byte 0 of the record")
    }

    @Test("a customer of a saved page that is not an object is rejected on its line")
    func badCustomerInPage() throws {
        let f = try ImportFixture()
        try f.write("pages.json", """
            [{"customers":[
               {"id":"a"},
               "oops",
               {"name":"no id"}
             ],"pagination":{}}]
            """)
        let summary = try f.importFile("pages.json")
        #expect(try f.ids() == ["a"])
        #expect(summary.rejects.map(\.line) == [3, 4])
        #expect(summary.rejects.map(\.reason) == ["customer 2 of the page is not a JSON object (it is a string)", #"record has no "id""#])
        #expect(summary.rejects.first?.snippet == #""oops""#)
    }
}

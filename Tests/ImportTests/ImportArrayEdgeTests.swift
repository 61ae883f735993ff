import Testing
import Import

@Suite("Arrays that are not quite right")
struct ImportArrayEdgeTests {
    @Test("an array that is not closed: complete elements import, with a warning")
    func unclosedArray() throws {
        let f = try ImportFixture()
        try f.write("cut.json", "[{\"id\":\"a\"},\n{\"id\":\"b\"}\n")
        let summary = try f.importFile("cut.json")
        #expect(try f.ids() == ["a", "b"])
        #expect(summary.warnings == ["the JSON array is not closed: the file may be truncated"])
    }

    @Test("a file cut inside a record rejects that record")
    func truncatedRecord() throws {
        let f = try ImportFixture()
        try f.write("cut.json", "[{\"id\":\"a\"},\n{\"id\":\"b\",\"name\":\"Ta")
        let summary = try f.importFile("cut.json")
        #expect(try f.ids() == ["a"])
        #expect(summary.rejects.map(\.line) == [2])
        #expect(summary.rejects.map(\.reason) == ["the file ends inside this record (is the file complete?)"])
    }

    @Test("empty elements are rejected; a trailing comma and bytes after the array are warnings")
    func commas() throws {
        let f = try ImportFixture()
        try f.write("commas.json", "[{\"id\":\"a\"},,\n{\"id\":\"b\"},]\n[{\"id\":\"c\"}]")
        let summary = try f.importFile("commas.json")
        #expect(try f.ids() == ["a", "b"])
        #expect(summary.rejects.map(\.line) == [1])
        #expect(summary.rejects.map(\.reason) == ["empty array element (two commas in a row)"])
        #expect(summary.warnings == ["a comma before the closing ']' on line 2", "bytes after the closing ']' (line 3) were ignored"])
    }

    @Test("an empty array imports nothing, without error")
    func emptyArray() throws {
        let f = try ImportFixture()
        try f.write("empty.json", " [ ] ")
        let summary = try f.importFile("empty.json")
        #expect(summary.imported == 0 && summary.rejected == 0 && summary.warnings.isEmpty)
    }
}

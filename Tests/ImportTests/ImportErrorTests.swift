import Testing
import Import

@Suite("Files that cannot be imported at all")
struct ImportErrorTests {
    private func error(_ f: ImportFixture, _ name: String, options: ImportOptions = ImportOptions()) -> ImportError? {
        do {
            _ = try CustomerFileImporter(store: f.store, options: options).importFile(at: f.path(name))
            return nil
        } catch {
            return error
        }
    }

    @Test("a missing file is unreadable, with its path")
    func missing() throws {
        let f = try ImportFixture()
        let e = error(f, "nope.jsonl")
        #expect(e?.code == .unreadable)
        #expect(e?.path == f.path("nope.jsonl"))
        #expect(e?.message.contains("No such file") == true)
    }

    @Test("a folder is unreadable")
    func folder() throws {
        let f = try ImportFixture()
        #expect(error(f, "")?.code == .unreadable)
    }

    @Test("an empty or blank file is empty", arguments: ["", " \n\t\r\n"])
    func empty(text: String) throws {
        let f = try ImportFixture()
        try f.write("e.jsonl", text)
        let e = error(f, "e.jsonl")
        #expect(e?.code == .empty)
        #expect(e?.hint.contains("JSON array") == true)
    }

    @Test("a CSV is not JSON, and the message shows how it starts")
    func csv() throws {
        let f = try ImportFixture()
        try f.write("c.csv", "id,first_name,last_name\n1,Taro,Tanaka\n")
        let e = error(f, "c.csv")
        #expect(e?.code == .notJSON)
        #expect(e?.message == #"the file is not JSON: it starts with "id,first_name,last_name 1,Taro,Tanaka ""#)
        #expect(e?.description.contains("CSV") == true)
    }

    @Test("a rejects file in a missing folder is an error before anything is stored")
    func rejectsFolder() throws {
        let f = try ImportFixture()
        try f.write("a.jsonl", "{\"id\":\"a\"}\n")
        var options = ImportOptions()
        options.rejectsPath = f.path("missing/rejects.jsonl")
        #expect(error(f, "a.jsonl", options: options)?.code == .rejectsFile)
        #expect(try f.store.customerCount() == 0)
    }
}

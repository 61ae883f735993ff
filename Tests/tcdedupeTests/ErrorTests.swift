import Foundation
import Testing

@Suite("The command line on bad input", .serialized)
struct ErrorTests {
    @Test("a run without a database fails with one clear line and a non-zero exit")
    func missingDatabase() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.run(["run", "--db", "nowhere.sqlite"])
        #expect(result.status != 0)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(result.stderr.contains("no database at nowhere.sqlite"))
        #expect(result.stderr.contains("tcdedupe import"))
    }

    @Test("bad records are rejected with their line numbers, the rest import, and the exit code is 3 (done with rejects)")
    func badRecords() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        var text = #"{"id":"a1","last_name":"田中","first_name":"太郎","phones":["090-1234-5678"]}"# + "\n"
        text += #"{"id":"a2","last_name":"Tanaka" "# + "\n"                     // line 2: malformed JSON
        text += #"{"last_name":"no id"}"# + "\n"                               // line 3: no id
        text += #"{"id":"a3","last_name":"ok"}"# + "\n"
        var bytes = Array(text.utf8)
        bytes += Array(#"{"id":"a4","last_name":""#.utf8) + [0xFF, 0xFE] + Array("\"}\n".utf8)  // line 5: broken UTF-8
        try Data(bytes).write(to: URL(fileURLWithPath: cli.path("mixed.jsonl")))
        let result = try cli.run(["import", "mixed.jsonl", "--db", "m.sqlite", "--rejects", "rejects.jsonl", "--quiet"])
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stdout.contains("imported 2 customers"))
        #expect(result.stdout.contains("3 rejected"))
        #expect(result.stdout.contains("rejected line 2"))
        #expect(result.stdout.contains("rejected line 3"))
        #expect(result.stdout.contains("rejected line 5"))
        let rejects = try cli.read("rejects.jsonl").split(separator: "\n")
        #expect(rejects.count == 3)
    }

    @Test("ids repeated in the file are counted in the summary, and a failed first import leaves no database")
    func duplicatesAndFailedImport() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write(#"{"id":"a","n":1}"# + "\n" + #"{"id":"b"}"# + "\n" + #"{"id":"a","n":2}"# + "\n", to: "dups.jsonl")
        let result = try cli.run(["import", "dups.jsonl", "--db", "d.sqlite", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1 duplicate id (the last kept)"))
        let failed = try cli.run(["import", "missing.jsonl", "--db", "new.sqlite"])
        #expect(failed.status == 1)
        #expect(!FileManager.default.fileExists(atPath: cli.path("new.sqlite")))
    }

    @Test("a wrong rules file is refused with the file, line and key")
    func badRules() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("version: 1\nthresholds:\n  reviw: 0.5\n", to: "bad.yaml")
        let result = try cli.run(["rules", "--check", "bad.yaml"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("bad.yaml:3: thresholds.reviw: unknown key"))
    }

    @Test("rules --print-default writes the repository's rules/default.yaml")
    func printDefault() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let root = #filePath.components(separatedBy: "/Tests/tcdedupeTests/")[0]
        let file = try String(contentsOfFile: root + "/rules/default.yaml", encoding: .utf8)
        #expect(try cli.run(["rules", "--print-default"]).stdout == file)
    }

    @Test("report options out of range are refused before anything runs")
    func badOption() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.run(["report", "--format", "csv", "--out", "x.csv", "--min-confidence", "7"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--min-confidence must be between 0 and 1"))
    }
}

@Suite("The command line on a missing import file")
struct MissingFileTests {
    @Test("importing a file that does not exist fails with one line naming it")
    func missingFile() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.run(["import", "nothing-here.jsonl", "--db", "x.sqlite"])
        #expect(result.status != 0)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("nothing-here.jsonl"))
    }
}

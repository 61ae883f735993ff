import CRMModel
import Store
import StoredRuns
import Testing

@Suite("diff output: aligned text for people, JSON for machines")
struct RunDiffTextTests {
    private func sample(names: [String] = ["a", "b", "c"]) throws -> RunDiff {
        let fixture = try RunFixture()
        let from = try fixture.run([FixtureCluster(1, [names[0], names[1]]), FixtureCluster(2, ["x", "y"])])
        let to = try fixture.run([FixtureCluster(3, names), FixtureCluster(4, ["x", "y"])], kind: .dryRun)
        return try RunDiffer().diff(fixture.store, from: from, to: to)
    }

    @Test("one line per change, counts aligned in one column, examples under their change")
    func textLines() throws {
        let text = try sample().text
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0].contains("(dry run)") && lines[0].contains("clusters 2 → 2"))
        // Every change has its line, and the meanings after the counts start in one column.
        var columns: Set<Int> = []
        for change in ClusterChange.allCases {
            let line = try #require(lines.first { $0.hasPrefix("  " + change.label + " ") }, "no line for \(change.label)")
            let meaning = try #require(line.range(of: "  " + change.meaning))
            columns.insert(line.distance(from: line.startIndex, to: meaning.lowerBound))
        }
        #expect(columns.count == 1, "counts are not aligned:\n\(text)")
        let grown = try #require(lines.firstIndex { $0.hasPrefix("  grown ") })
        #expect(lines[grown + 1].contains("run 1 #1") && lines[grown + 2].contains("+c \"Name c\""))
    }

    @Test("control characters in customer names and ids are escaped, one example line each")
    func escapesCustomerText() throws {
        let text = try sample(names: ["a", "b", "c\u{1B}]0;PWNED\u{07}\nforged"]).text
        #expect(!text.contains("\u{1B}") && !text.contains("\u{07}"))
        #expect(text.contains("\\u001B]0;PWNED\\u0007\\u000Aforged"))
        #expect(!text.split(separator: "\n").contains { $0.hasPrefix("forged") })
    }

    @Test("JSON carries the runs, every change's count and the examples' members")
    func json() throws {
        let diff = try sample()
        guard case .object(let object) = try JSONValue(parsing: diff.jsonText) else { Issue.record("not an object"); return }
        #expect(object["to_kind"]?.stringValue == "dry_run" && object["from_kind"]?.stringValue == "live")
        guard case .object(let counts)? = object["counts"] else { Issue.record("no counts"); return }
        #expect(counts.keys == ClusterChange.allCases.map(\.rawValue))
        #expect(counts["grown"]?.intValue == 1 && counts["unchanged"]?.intValue == 1)
        guard case .object(let examples)? = object["examples"], case .array(let grown)? = examples["grown"],
              case .object(let first)? = grown.first, case .array(let after)? = first["after"],
              case .object(let cluster)? = after.first, case .array(let members)? = cluster["members"] else {
            Issue.record("no grown example"); return
        }
        #expect(members.count == 3)
        #expect(members.last == .object(JSONObject(["id": .string("c"), "name": .string("Name c"), "on_both_sides": .bool(false)])))
    }
}

@Suite("diff output: long examples")
struct RunDiffLongExampleTests {
    @Test("an example of a wide split shows six clusters of the newer run and counts the rest")
    func wideSplit() throws {
        let fixture = try RunFixture()
        let members = (0..<20).map { "m\($0 < 10 ? "0" : "")\($0)" }
        let from = try fixture.run([FixtureCluster(1, members)])
        let to = try fixture.run(stride(from: 0, to: 20, by: 2).map { FixtureCluster($0 + 100, [members[$0], members[$0 + 1]]) })
        let text = try RunDiffer().diff(fixture.store, from: from, to: to).text
        let lines = text.split(separator: "\n")
        #expect(lines.filter { $0.contains("run \(to) #") }.count == 6)
        #expect(lines.contains { $0 == "        … 4 more clusters of run \(to)" }, "\(text)")
    }
}

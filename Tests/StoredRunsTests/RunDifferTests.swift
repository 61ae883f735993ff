import Store
import StoredRuns
import Testing

@Suite("diff: what changed between two runs' clusters")
struct RunDifferTests {
    /// One change on a tiny pair of runs. The later run numbers its clusters differently on
    /// purpose: clusters are matched by members, never by id.
    struct Case: CustomTestStringConvertible, Sendable {
        var change: ClusterChange
        var before: [FixtureCluster]
        var after: [FixtureCluster]
        var testDescription: String { change.label }
    }

    static let cases: [Case] = [
        Case(change: .new, before: [], after: [FixtureCluster(7, ["a", "b"])]),
        Case(change: .gone, before: [FixtureCluster(1, ["a", "b"])], after: []),
        Case(change: .grown, before: [FixtureCluster(1, ["a", "b"])], after: [FixtureCluster(7, ["a", "b", "c"])]),
        Case(change: .shrunk, before: [FixtureCluster(1, ["a", "b", "c"])], after: [FixtureCluster(7, ["a", "b"])]),
        Case(change: .gainedAndLost, before: [FixtureCluster(1, ["a", "b", "c"])], after: [FixtureCluster(7, ["a", "b", "d"])]),
        Case(change: .split, before: [FixtureCluster(1, ["a", "b", "c", "d"])],
             after: [FixtureCluster(7, ["a", "b"]), FixtureCluster(8, ["c", "d"])]),
        Case(change: .joined, before: [FixtureCluster(1, ["a", "b"]), FixtureCluster(2, ["c", "d"])],
             after: [FixtureCluster(7, ["a", "b", "c", "d"])]),
        Case(change: .regrouped, before: [FixtureCluster(1, ["a", "b"]), FixtureCluster(2, ["c", "d"])],
             after: [FixtureCluster(7, ["a", "c"]), FixtureCluster(8, ["b", "d"])]),
        Case(change: .otherVictor, before: [FixtureCluster(1, ["a", "b"], victor: "a")],
             after: [FixtureCluster(7, ["a", "b"], victor: "b")]),
        Case(change: .otherBand, before: [FixtureCluster(1, ["a", "b"], confidence: 0.93)],
             after: [FixtureCluster(7, ["a", "b"], confidence: 0.97)]),
        Case(change: .otherBand, before: [FixtureCluster(1, ["a", "b"], confidence: 0.999, autoMerge: true)],
             after: [FixtureCluster(7, ["a", "b"], confidence: 0.999, autoMerge: false)]),
        Case(change: .unchanged, before: [FixtureCluster(1, ["a", "b"], confidence: 0.96)],
             after: [FixtureCluster(7, ["b", "a"], confidence: 0.97, victor: "a")]),
    ]

    @Test("each kind of change is named, and only it is counted", arguments: cases)
    func eachChange(_ c: Case) throws {
        let fixture = try RunFixture()
        // A bystander cluster, the same in both runs, and an unrelated one per run.
        let from = try fixture.run(c.before + [FixtureCluster(90, ["x", "y"]), FixtureCluster(91, ["p", "q"])])
        let to = try fixture.run(c.after + [FixtureCluster(40, ["x", "y"]), FixtureCluster(41, ["r", "s"])])
        let diff = try RunDiffer().diff(fixture.store, from: from, to: to)
        var expected = Dictionary(uniqueKeysWithValues: ClusterChange.allCases.map { ($0, 0) })
        expected[c.change, default: 0] += 1
        expected[.unchanged, default: 0] += 1
        expected[.gone, default: 0] += 1
        expected[.new, default: 0] += 1
        #expect(diff.counts == expected)
        #expect(diff.clustersBefore == c.before.count + 2 && diff.clustersAfter == c.after.count + 2)
        let example = try #require(diff.examples[c.change]?.first)
        #expect(example.before.map(\.clusterID) == c.before.map(\.id) || c.change == .gone || c.change == .new)
        #expect(Set(example.after.map(\.clusterID)).isSubset(of: Set(c.after.map(\.id) + [41])))
    }

    @Test("examples carry member names and say who is on one side only")
    func exampleMembers() throws {
        let fixture = try RunFixture()
        let from = try fixture.run([FixtureCluster(1, ["a", "b", "c"], confidence: 0.95)])
        let to = try fixture.run([FixtureCluster(5, ["a", "b", "d"], confidence: 0.999, autoMerge: true)])
        let diff = try RunDiffer().diff(fixture.store, from: from, to: to)
        let example = try #require(diff.examples[.gainedAndLost]?.first)
        let before = try #require(example.before.first), after = try #require(example.after.first)
        #expect(before.members.map(\.customerID) == ["a", "b", "c"])
        #expect(before.members.map(\.name) == ["Name a", "Name b", "Name c"])
        #expect(before.members.map(\.onBothSides) == [true, true, false])
        #expect(after.members.map(\.onBothSides) == [true, true, false])
        #expect(after.confidence == 0.999 && after.autoMerge && !before.autoMerge)
        #expect(diff.clusteredBefore == 3 && diff.clusteredAfter == 3)
    }

    @Test("the largest groups are the examples, at most as many as asked")
    func examplesLimited() throws {
        let fixture = try RunFixture()
        let from = try fixture.run([])
        let to = try fixture.run((1...5).map { n in FixtureCluster(n, (0...n).map { "c\(n)-\($0)" }) })
        let diff = try RunDiffer(examplesPerChange: 2).diff(fixture.store, from: from, to: to)
        #expect(diff.count(.new) == 5)
        #expect(diff.examples[.new]?.map { $0.after.map(\.clusterID) } == [[5], [4]])
        let none = try RunDiffer(examplesPerChange: 0).diff(fixture.store, from: from, to: to)
        #expect(none.examples.values.allSatisfy(\.isEmpty) && none.count(.new) == 5)
    }

    @Test("customer ids are joined by their bytes, as SQLite sorts them, not by Unicode equivalence")
    func idsJoinedByBytes() throws {
        let fixture = try RunFixture()
        // "é" precomposed and decomposed: equal to Swift's `==`, two customers to the store.
        let from = try fixture.run([FixtureCluster(1, ["\u{E9}", "z", "Z", "0"])])
        let to = try fixture.run([FixtureCluster(1, ["e\u{301}", "z", "Z", "0"])])
        let diff = try RunDiffer().diff(fixture.store, from: from, to: to)
        #expect(diff.count(.gainedAndLost) == 1 && diff.count(.unchanged) == 0)
    }

    @Test("a chain of clusters sharing customers is one group, however it is numbered")
    func chainIsOneGroup() throws {
        let fixture = try RunFixture()
        let from = try fixture.run([FixtureCluster(3, ["a", "b"]), FixtureCluster(1, ["c", "d"]), FixtureCluster(2, ["e", "f"])])
        let to = try fixture.run([FixtureCluster(9, ["b", "c"]), FixtureCluster(8, ["d", "e"])])
        let diff = try RunDiffer().diff(fixture.store, from: from, to: to)
        #expect(diff.count(.regrouped) == 1)
        #expect(ClusterChange.allCases.filter { $0 != .regrouped }.allSatisfy { diff.count($0) == 0 })
        let example = try #require(diff.examples[.regrouped]?.first)
        #expect(Set(example.before.map(\.clusterID)) == [1, 2, 3] && Set(example.after.map(\.clusterID)) == [8, 9])
    }
}

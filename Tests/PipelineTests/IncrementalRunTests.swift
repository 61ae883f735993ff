import Foundation
import Import
import Pipeline
import Rules
import Store
import Testing

/// An incremental run must equal a full run with the same model over the same final base.
@Suite("Incremental runs", .serialized)
struct IncrementalRunTests {
    /// Small groups of duplicates on top of the background, each one meant for one kind of change.
    static let base: [String] = [
        // A person three times: a new record of them joins later.
        person("a1", "田中", "太郎", phone: "090-1111-0001", email: "taro@example.jp"),
        person("a2", "田中", "太郎", phone: "090-1111-0001", email: "taro@example.jp"),
        person("a3", "タナカ", "タロウ", phone: "090-1111-0001", email: nil),
        // Two records of one person: one is merged away (a victim gone, its victor edited).
        person("c1", "山田", "一郎", phone: "090-2222-0001", email: "ichiro@example.jp"),
        person("c2", "山田", "一郎", phone: "090-2222-0001", email: "ichiro@example.jp"),
        // Namesakes with nothing else in common: an edit gives them the same phone and email.
        person("d1", "加藤", "健二", phone: "090-3333-0001", email: "kenji1@example.jp"),
        person("d2", "加藤", "健二", phone: "090-3333-0002", email: "kenji2@example.jp"),
        // One person twice: an edit takes away the phone and email they shared.
        person("e1", "伊藤", "さくら", phone: "090-4444-0001", email: "sakura@example.jp"),
        person("e2", "伊藤", "さくら", phone: "090-4444-0001", email: "sakura@example.jp"),
        // A desk phone four records share: over the test rules' phone block cap of 3 until one
        // goes. h3 is h1's person with a mistyped family name: only the phone blocks them.
        person("h1", "Ogawa", "Makoto", phone: "03-5555-0000", email: "makoto@example.jp", company: "丸山商事"),
        person("h2", "Ogawa", "Makoto", phone: "03-5555-0000", email: "makoto.o@example.jp"),
        person("h3", "Kogawa", "Makoto", phone: "03-5555-0000", email: nil, company: "丸山商事"),
        person("h4", "石井", "剛", phone: "03-5555-0000", email: "go@example.jp"),
        // Three records at the cap: a fourth with that phone takes the block over it.
        person("k1", "Matsumoto", "Ryo", phone: "03-5555-2222", email: "ryo@example.jp", company: "青葉工業"),
        person("k2", "Matsumoto", "Ryo", phone: "03-5555-2222", email: "ryo.m@example.jp"),
        person("k3", "Natsumoto", "Ryo", phone: "03-5555-2222", email: nil, company: "青葉工業"),
        // One person twice whom no change touches: their cluster is carried over, not rebuilt.
        person("m1", "森", "優子", phone: "090-6666-0001", email: "yuko@example.jp"),
        person("m2", "森", "優子", phone: "090-6666-0001", email: "yuko@example.jp"),
    ]

    static func person(_ id: String, _ last: String, _ first: String, phone: String, email: String?, memo: String? = nil,
                       company: String? = nil) -> String {
        var fields = [#""id":"\#(id)""#, #""franchise_id":"f1""#, #""last_name":"\#(last)""#, #""first_name":"\#(first)""#,
                      #""phones":["\#(phone)"]"#]
        if let email { fields.append(#""emails":["\#(email)"]"#) }
        if let company { fields.append(#""company_name":"\#(company)""#) }
        if let memo { fields.append(#""memo":"\#(memo)""#) }
        return "{" + fields.joined(separator: ",") + "}"
    }

    /// The fixture's rules with a phone block cap of 3, so that blocks cross it both ways.
    static func rules() throws -> RuleSet {
        var text = try PipelineFixture.rules().text
        text = text.replacingOccurrences(of: "keys: [phone]\n    max_block_size: 50", with: "keys: [phone]\n    max_block_size: 3")
        return try RulesParser.parse(text, source: "test")
    }

    static func row(_ json: String) throws -> CustomerRow {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return CustomerRow(id: try #require(object["id"] as? String), franchiseID: object["franchise_id"] as? String,
                           updatedAt: nil, raw: json)
    }

    /// Inserts, edits that add and remove evidence, a deletion, a merge (victim gone, victor
    /// edited), an edit outside matching (a memo), a block shrinking under its cap and one
    /// growing over it.
    static func change(_ store: CustomerStore) throws {
        let upserts = [
            person("a4", "田中", "太郎", phone: "+81-90-1111-0001", email: "taro@example.jp"),
            person("n1", "清水", "直樹", phone: "090-7777-0001", email: "naoki@example.jp"),
            person("n2", "清水", "直樹", phone: "090-7777-0001", email: "naoki@example.jp"),
            person("c1", "山田", "一郎", phone: "090-2222-0001", email: "ichiro@example.jp", memo: "merged c2"),
            person("d2", "加藤", "健二", phone: "090-3333-0001", email: "kenji1@example.jp"),
            person("e2", "伊藤", "さくら", phone: "090-4444-9999", email: "other@example.jp"),
            person("k4", "木村", "茜", phone: "03-5555-2222", email: "akane@example.jp"),
            person("bg7", "佐藤", "陽菜7", phone: "090-8888-0007", email: "bg7@mail.example.jp", memo: "edited"),
        ]
        try store.storeSyncBatch(upserts: try upserts.map(row), deletions: [("c2", "merged into c1"), ("h4", "deleted"), ("bg3", "deleted")],
                                 cursor: nil, apiURL: "http://example.invalid", events: upserts.count + 3)
    }

    /// What makes two runs' results the same: each cluster's members, victor, figures and
    /// payload (its number aside), and every pair with its weight.
    static func outcome(_ store: CustomerStore, run: Int64) throws -> (clusters: Set<String>, pairs: Set<String>) {
        var clusters = Set<String>()
        for c in try store.clusters(runID: run) {
            let payload = c.payload.replacingOccurrences(of: #""cluster_id":\#(c.clusterID),"#, with: "")
            let members = c.members.map { "\($0.customerID):\($0.role)" }.joined(separator: ",")
            // The stable key too: review, `decide --key` and pins find a carried cluster by it.
            clusters.insert("\(members)|\(c.confidence)|\(c.matchWeight)|\(c.autoMerge)|\(c.clusterKey ?? "no key")|\(payload)")
        }
        let pairs = Set(try store.pairs(runID: run).map { "\($0.a)~\($0.b)|\($0.probability)|\($0.matchWeight)" })
        return (clusters, pairs)
    }

    @Test("after inserts, edits, deletions and a merge, an incremental run equals a full run with the same model")
    func equalsFullRunWithKeptModel() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        let rules = try Self.rules()
        let file = try fixture.write(backgroundCustomers(150) + Self.base)
        _ = try CustomerFileImporter(store: try CustomerStore(path: fixture.database)).importFile(at: file)

        let first = try IncrementalRun(databasePath: fixture.database, rules: rules, threads: 2).execute()
        #expect(first.incremental == nil)
        #expect(first.fullRunReason == "no earlier run to build on")

        let store = try CustomerStore(path: fixture.database)
        try Self.change(store)
        let incremental = try IncrementalRun(databasePath: fixture.database, rules: rules, threads: 2).execute()
        let figures = try #require(incremental.incremental)
        #expect(figures.baseRunID == first.runID)
        #expect((figures.inserted, figures.updated, figures.deleted) == (4, 4, 3))
        #expect(figures.carriedClusters > 0)
        #expect(figures.rebuiltClusters > 0)
        #expect(figures.rescoredPairs < incremental.statistics.candidatePairs)

        var full = BatchRun(databasePath: fixture.database, rules: rules, threads: 2, train: false)
        full.keptModel = try KeptModel.load(databasePath: fixture.database, runID: first.runID)
        let reference = try full.execute()
        #expect(reference.keptModelFrom == first.runID)

        let got = try Self.outcome(store, run: incremental.runID)
        let expected = try Self.outcome(store, run: reference.runID)
        #expect(got.pairs == expected.pairs)
        #expect(got.clusters == expected.clusters)
        #expect(incremental.clusters == reference.clusters)
        #expect(incremental.autoMergeClusters == reference.autoMergeClusters)

        // The changes did what they were meant to: the new record joined its person, the
        // namesakes linked, the pair that lost its evidence parted, the merged-away victim is gone.
        let members = Set(try store.clusters(runID: incremental.runID).map { Set($0.members.map(\.customerID)) })
        #expect(members.contains { $0.isSuperset(of: ["a1", "a2", "a4"]) })
        #expect(members.contains { $0.isSuperset(of: ["n1", "n2"]) })
        #expect(members.contains { $0.isSuperset(of: ["d1", "d2"]) })
        #expect(!members.contains { $0.isSuperset(of: ["e1", "e2"]) })
        #expect(!members.contains { $0.contains("c2") })
        let before = Set(try store.clusters(runID: first.runID).map { Set($0.members.map(\.customerID)) })
        #expect(before.contains { $0.isSuperset(of: ["e1", "e2"]) })
        // The block that crossed the cap downwards: h1 and h3 met once the desk phone's block
        // shrank under it, a pair of two unchanged records the base never compared.
        #expect(!before.contains { $0.isSuperset(of: ["h1", "h3"]) })
        #expect(members.contains { $0.isSuperset(of: ["h1", "h3"]) })
    }

    @Test("a run with nothing changed carries every cluster over; a rules change makes a full run and says why")
    func nothingChangedAndRulesChanged() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        let rules = try Self.rules()
        let file = try fixture.write(backgroundCustomers(120) + Self.base)
        _ = try CustomerFileImporter(store: try CustomerStore(path: fixture.database)).importFile(at: file)
        let first = try BatchRun(databasePath: fixture.database, rules: rules, threads: 1).execute()

        let again = try IncrementalRun(databasePath: fixture.database, rules: rules, threads: 1).execute()
        let figures = try #require(again.incremental)
        #expect(figures.changed == 0)
        #expect(figures.rescoredPairs == 0)
        #expect(figures.rebuiltClusters == 0)
        #expect(figures.carriedClusters == first.clusters)
        let store = try CustomerStore(path: fixture.database)
        #expect(try Self.outcome(store, run: again.runID) == Self.outcome(store, run: first.runID))

        let other = try RulesParser.parse(rules.text.replacingOccurrences(of: "max_block_size: 3", with: "max_block_size: 4"),
                                          source: "other")
        let changed = try IncrementalRun(databasePath: fixture.database, rules: other, threads: 1).execute()
        #expect(changed.incremental == nil)
        #expect(changed.fullRunReason?.contains("rules differ") == true)
    }

    @Test("a pin made after the base run splits a cluster the incremental run would otherwise carry over")
    func pinSinceBaseSplitsCarriedCluster() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        let rules = try Self.rules()
        let file = try fixture.write(backgroundCustomers(60) + Self.base)
        _ = try CustomerFileImporter(store: try CustomerStore(path: fixture.database)).importFile(at: file)
        let first = try BatchRun(databasePath: fixture.database, rules: rules, threads: 1).execute()
        let store = try CustomerStore(path: fixture.database)
        let together = { (run: Int64) throws -> Bool in
            try store.clusters(runID: run).contains { Set($0.members.map(\.customerID)).isSuperset(of: ["m1", "m2"]) }
        }
        #expect(try together(first.runID))

        try store.addPins([("m1", "m2")], origin: PinOrigin(reason: .operator, createdBy: "test"))
        let next = try IncrementalRun(databasePath: fixture.database, rules: rules, threads: 1).execute()
        let figures = try #require(next.incremental, "no customer changed: the run must stay incremental")
        #expect(figures.changed == 0)
        #expect(try !together(next.runID))
        #expect(figures.carriedClusters == first.clusters - 1)
    }
}

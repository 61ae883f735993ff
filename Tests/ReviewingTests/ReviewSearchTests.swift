import Foundation
import Normalization
import Reviewing
import ReviewTestSupport
import Store
import Testing

/// Search across a run's clusters by name in any script, phone in any format, or email, with
/// the run's own normalization.
@Suite("Review search")
struct ReviewSearchTests {
    /// The fixture with its search keys built, and the board over it.
    static func searchable() throws -> (ReviewFixture, ReviewBoard) {
        let fixture = try ReviewFixture()
        let board = try ReviewBoard(databasePath: fixture.database)
        #expect(try ReviewSearchIndexBuilder(databasePath: fixture.database, runID: board.runID).buildIfNeeded() > 0)
        return (fixture, board)
    }

    static func found(_ board: ReviewBoard, _ text: String) throws -> [Int] {
        try board.list(ReviewListQuery(queue: .all, limit: 100), search: text, holder: nil).clusters.compactMap {
            $0.objectValue?["cluster_id"]?.intValue
        }
    }

    @Test("a name in kanji, katakana, half-width kana, romaji, full-width or upper case finds the Tanaka cluster, and only it",
          arguments: ["田中", "田中太郎", "タナカ", "ﾀﾅｶ", "たなか", "tanaka", "TANAKA", "Tanaka Tarou", "ｔａｎａｋａ", "タナカ タロウ"])
    func namesInEveryScript(_ text: String) throws {
        let (fixture, board) = try Self.searchable()
        defer { fixture.cleanUp() }
        let tanaka = try #require(try board.clusterID(containing: "t1"))
        #expect(try Self.found(board, text) == [tanaka], "\(text)")
    }

    @Test("a phone in any format and an email in any case find their cluster",
          arguments: [("090-1234-5678", "t1"), ("+81 90 1234 5678", "t1"), ("０９０１２３４５６７８", "t1"), ("819012345678", "t1"),
                      ("07055556666", "s1"), ("TARO.TANAKA@example.jp", "t1"), ("hanako.suzuki@EXAMPLE.jp", "s1"),
                      ("mallory@example.net", "h1"), ("s2", "s1")])
    func phonesAndEmails(_ text: String, _ member: String) throws {
        let (fixture, board) = try Self.searchable()
        defer { fixture.cleanUp() }
        let expected = try #require(try board.clusterID(containing: member))
        #expect(try Self.found(board, text) == [expected], "\(text)")
    }

    @Test("a search that matches nobody finds nothing, and the keys are built once per run")
    func noMatchAndBuiltOnce() throws {
        let (fixture, board) = try Self.searchable()
        defer { fixture.cleanUp() }
        #expect(try Self.found(board, "Yamada Ichiro").isEmpty)
        #expect(try Self.found(board, "080-0000-0000").isEmpty)
        #expect(try ReviewSearchIndexBuilder(databasePath: fixture.database, runID: board.runID).buildIfNeeded() == 0)
    }

    @Test("Latin names with accents meet their plain spelling, in either order")
    func accentedLatin() {
        let options = NormalizationOptions()
        let normalized = CustomerNormalizer(options: options).normalize([
            CustomerInput(lastName: "García", firstName: "José", phones: [], emails: []),
        ])[0]
        let keys = ReviewSearchKeys.keys(customerID: "x1", normalized)
        let search = ReviewSearchKeys(options: options)
        for query in ["garcia", "Garcia Jose", "José García", "GARCÍA", "jose"] {
            let prefixes = search.prefixes(query)
            #expect(keys.contains { key in prefixes.contains { key.hasPrefix($0) } }, "\(query) → \(prefixes), keys \(keys)")
        }
        #expect(!keys.contains { key in search.prefixes("garcio").contains { key.hasPrefix($0) } })
    }
}

import StandingIndex
import Store
import Testing

/// The overlay's rows say, key by key, how a block changed since the index: the entries a
/// changed customer's base version had there leave (negative), those of its version now come
/// (positive), so that the index's size plus their sum is the block's size now.
@Suite struct StandingOverlayChangesTests {
    @Test func rowsCountEachVersionsEntriesWithTheirSign() {
        // c1 had key 7 twice under rule 0 (its swapped names) and now has key 9 once; c2 is new.
        let changes = StandingOverlayChanges(old: ["c1"], oldKeys: [[[7, 7], [3]]],
                                             new: ["c1", "c2"], newKeys: [[[9], [3]], [[7], []]], stale: ["c1", "gone"])
        let rows = changes.rows()
        let sums = Dictionary(grouping: rows) { "\($0.rule):\($0.key)" }.mapValues { $0.reduce(0) { $0 + $1.entries } }
        #expect(sums == ["0:7": -1, "0:9": 1, "1:3": 0])
        #expect(rows.contains(MatchOverlayKeyRow(rule: 0, key: 7, customerID: "c1", entries: -2)))
        #expect(rows.contains(MatchOverlayKeyRow(rule: 1, key: 3, customerID: "c1", entries: 1)),
                "a key kept across the edit still lists the customer as in the block now")
        #expect(changes.stale == ["c1", "gone"])
    }
}

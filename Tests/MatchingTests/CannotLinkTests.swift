import Testing
@testable import Matching
import Normalization

@Suite("Never-merge pins in the clusterer")
struct CannotLinkTests {
    /// A shares a phone with B, B an email with C: one person by every link, one cluster without pins.
    private func chain() -> [NormalizedCustomer] {
        var records = background(300)
        records.append(person("nakagawa", "yui", phones: ["+819012340001"], birthday: 19_900_505))
        records.append(person("nakagawa", "yui", phones: ["+819012340001"], emails: ["yui@n.jp"], birthday: 19_900_505))
        records.append(person("nakagawa", "yui", emails: ["yui@n.jp"], birthday: 19_900_505))
        return records
    }

    @Test("without pins the chain A~B~C is one cluster")
    func chainJoinsWithoutPins() throws {
        let result = Matcher(settings: smallSettings()).match(chain())
        let cluster = try #require(result.clusters.first { $0.members.contains(300) })
        #expect(cluster.members == [300, 301, 302])
    }

    @Test("a pin between A and C keeps them apart whatever chain links them, and says so")
    func pinStopsChain() throws {
        var options = Matcher.Options()
        options.cannotLinks = CannotLinks([(302, 300)])
        let result = Matcher(settings: smallSettings()).match(chain(), options: options)
        let touching = result.clusters.filter { !Set($0.members).isDisjoint(with: [300, 301, 302]) }
        #expect(!touching.isEmpty)
        #expect(!touching.contains { Set($0.members).isSuperset(of: [300, 302]) })
        // B still joins one of them: the pin forbids only the pinned pair.
        #expect(touching.contains { $0.members.contains(301) && $0.members.count == 2 })
        #expect(touching.contains { $0.notes.contains(Clusterer.pinNote) })
    }

    @Test("a pinned pair linked directly is never one cluster")
    func pinnedPairNeverClustered() {
        var options = Matcher.Options()
        options.cannotLinks = CannotLinks([(300, 301)])
        let result = Matcher(settings: smallSettings()).match(chain(), options: options)
        #expect(!result.clusters.contains { $0.members.contains(300) && $0.members.contains(301) })
    }

    @Test("pins count each pair once and answer for either order")
    func pinBookkeeping() {
        let pins = CannotLinks([(1, 2), (2, 3), (4, 4)])
        #expect(pins.count == 2)
        #expect(pins.forbids(2, 1) && pins.forbids(3, 2))
        #expect(!pins.forbids(1, 3) && !pins.forbids(4, 4))
    }
}

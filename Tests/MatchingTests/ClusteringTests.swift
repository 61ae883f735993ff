import Testing
@testable import Matching
import Normalization

@Suite("Clustering and the over-merge guard")
struct ClusteringTests {
    @Test("a chain whose ends have different birthdays is split, and the split is noted")
    func chainSplit() throws {
        var records = background(300)
        // A and B share a phone; B and C share an email; A and C were born on different days.
        records.append(person("morimoto", "aki", phones: ["+819011112222"], birthday: 19_850_101))
        records.append(person("morimoto", "aki", phones: ["+819011112222"], emails: ["aki@m.jp"]))
        records.append(person("morimoto", "aki", emails: ["aki@m.jp"], birthday: 19_910_717))
        let result = Matcher(settings: smallSettings()).match(records)
        let touching = result.clusters.filter { !Set($0.members).isDisjoint(with: [300, 301, 302]) }
        #expect(!touching.contains { Set($0.members).isSuperset(of: [300, 302]) })
        #expect(touching.contains { $0.notes.contains { $0.contains("different birthdays") } })
        #expect(result.statistics.guardRefusals >= 1)
    }

    @Test("one rewritten birthday does not split a cluster whose members agree on names, email and address")
    func rewrittenBirthdayKept() throws {
        var records = background(300)
        records.append(person("kurosawa", "emi", phones: ["+819055556666"], emails: ["emi@k.jp"], birthday: 19_850_101,
                              postalCode: "1500001", street: "jingumae123"))
        records.append(person("kurosawa", "emi", phones: ["+819055556666"]))
        records.append(person("kurosawa", "emi", emails: ["emi@k.jp"], birthday: 19_930_627,
                              postalCode: "1500001", street: "jingumae123"))
        let result = Matcher(settings: smallSettings()).match(records)
        let cluster = try #require(result.clusters.first { $0.members.contains(300) })
        #expect(cluster.members == [300, 301, 302])
        // The link shares an email: a household's contact, so the differing birthday still
        // sends it to review rather than merging it unseen.
        #expect(!cluster.autoMergeEligible)
    }

    @Test("without shared contacts, names and address vouch for a pair whose birthday was rewritten")
    func vouchedWithoutContacts() throws {
        var records = background(300).map { p in
            var p = p
            (p.phones, p.emails) = ([], [])
            return p
        }
        records.append(person("cadwallader", "cooper", birthday: 19_560_918, postalCode: "4175", street: "48mckillopcircuit"))
        records.append(person("cadwallader", "cooper", birthday: 19_830_227, postalCode: "4175", street: "48mckillopcircuit"))
        // A parent and child at the same address: two person fields differ, so no link.
        records.append(person("cadwallader", "mia", birthday: 19_850_611, postalCode: "4175", street: "48mckillopcircuit"))
        let result = Matcher(settings: smallSettings()).match(records)
        let cluster = try #require(result.clusters.first { $0.members.contains(300) })
        #expect(cluster.members == [300, 301])
        #expect(cluster.autoMergeEligible)
    }

    @Test("a cluster above the size cap is never auto-merged")
    func sizeCap() throws {
        var records = background(300)
        for _ in 0..<8 {
            records.append(person("oshiro", "mitsuko", phones: ["+819077778888"], emails: ["mo@x.jp"], birthday: 19_700_707))
        }
        var settings = smallSettings()
        settings.maximumAutoMergeClusterSize = 6
        let result = Matcher(settings: settings).match(records)
        let cluster = try #require(result.clusters.first { $0.members.contains(300) })
        #expect(cluster.members.count == 8)
        #expect(cluster.confidence >= settings.autoMergeThreshold)
        #expect(!cluster.autoMergeEligible)
        #expect(cluster.reviewReasons.contains { $0.contains("size cap") })
        #expect(cluster.links.count == 7)
    }

    @Test("a cluster's confidence is its weakest link, and strong clusters auto-merge")
    func weakestLink() throws {
        var records = background(300)
        records.append(person("hoshino", "ryo", phones: ["+819033334444"], emails: ["ryo@h.jp"], birthday: 19_880_808))
        records.append(person("hoshino", "ryo", phones: ["+819033334444"], emails: ["ryo@h.jp"], birthday: 19_880_808))
        records.append(person("hoshino", "ryou", phones: ["+819033334444"]))
        let result = Matcher(settings: smallSettings()).match(records)
        let cluster = try #require(result.clusters.first { $0.members.contains(300) })
        #expect(cluster.members == [300, 301, 302])
        #expect(cluster.confidence == cluster.links.map(\.probability).min())
        #expect(cluster.autoMergeEligible == (cluster.confidence >= 0.99))
    }

    @Test("a parent and child sharing a phone and surname are not chained through a third record")
    func household() throws {
        var records = background(300)
        // The record without a given name shares the phone with one and the email with the other.
        records.append(person("ishida", "makoto", phones: ["+81312340000"]))
        records.append(person("ishida", "", phones: ["+81312340000"], emails: ["ishida-family@x.jp"]))
        records.append(person("ishida", "haruka", emails: ["ishida-family@x.jp"]))
        let result = Matcher(settings: smallSettings()).match(records)
        #expect(!result.clusters.contains { Set($0.members).isSuperset(of: [300, 302]) })
        let touching = result.clusters.filter { !Set($0.members).isDisjoint(with: [300, 301, 302]) }
        #expect(touching.allSatisfy { !$0.autoMergeEligible })
    }

    @Test("a link whose given names differ never auto-merges, however strong its contact evidence")
    func givenNameVeto() throws {
        var records = background(300)
        records.append(person("koyama", "kenji", phones: ["+819055550001"], emails: ["koyama@x.jp"], birthday: 19_600_101))
        records.append(person("koyama", "akira", phones: ["+819055550001"], emails: ["koyama@x.jp"], birthday: 19_600_101))
        let result = Matcher(settings: smallSettings()).match(records)
        let cluster = try #require(result.clusters.first { $0.members == [300, 301] })
        #expect(cluster.confidence >= 0.99)
        #expect(!cluster.autoMergeEligible)
        #expect(cluster.reviewReasons.contains { $0.contains("different first_name") })
    }

    @Test("a phone or email shared by records with different given names is not person evidence")
    func householdValues() throws {
        var records = background(300)
        let home = "+81312349999"
        records.append(person("noguchi", "taiga", phones: [home]))
        records.append(person("noguchi", "", phones: [home]))
        records.append(person("noguchi", "sumire", phones: [home]))
        let result = Matcher(settings: smallSettings()).match(records)
        for cluster in result.clusters where cluster.members.contains(301) {
            #expect(!cluster.autoMergeEligible)
            #expect(cluster.reviewReasons.contains { $0.contains("no strong agreement") })
        }
        // The same two records with a personal (non-household) phone and a given name each do merge.
        var again = background(300)
        again.append(person("noguchi", "taiga", phones: ["+819012121212"]))
        again.append(person("noguchi", "taiga", phones: ["+819012121212"]))
        let alone = Matcher(settings: smallSettings()).match(again)
        #expect(try #require(alone.clusters.first { $0.members == [300, 301] }).autoMergeEligible)
    }
}

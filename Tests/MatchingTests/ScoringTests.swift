import Testing
@testable import Matching
import Normalization

@Suite("Scoring")
struct ScoringTests {
    private let ids = (0..<2_000).map { "c\($0)" }

    @Test("an explanation's weights and prior sum to the pair's match weight")
    func explanationSums() throws {
        var records = background(300)
        records.append(person("tanaka", "taro", phones: ["+819012345678"], birthday: 19_800_101))
        records.append(person("tanaka", "tarou", phones: ["+819012345678"], emails: ["t@x.jp"]))
        let result = Matcher(settings: smallSettings()).match(records)
        let pair = try #require(result.pairs.first { $0.a == 300 && $0.b == 301 })
        let explanation = result.explanation(for: pair, ids: ids)
        let sum = explanation.priorWeight + explanation.outcomes.map(\.weight).reduce(0, +)
        #expect(abs(sum - pair.weight) < 1e-3)
        #expect(abs(explanation.matchWeight - pair.weight) < 1e-3)
        #expect(explanation.outcomes.map(\.comparison)
                == ["last_name", "first_name", "phone", "email", "birthday", "company", "postal_code", "street", "city"])
        #expect(explanation.outcomes[4].level == "missing" && explanation.outcomes[4].weight == 0)
    }

    @Test("an exact match on a common surname weighs less than on a rare one")
    func termFrequency() {
        var records = background(200)
        for k in 0..<40 { records.append(person("sato", "n\(k)", phones: ["+8180\(10_000_000 + k)"])) }
        records.append(person("sato", "kenji", phones: ["+819099999999"]))
        records.append(person("sato", "kenji", phones: ["+819099999998"]))
        records.append(person("kageyama", "kenji", phones: ["+819088888888"]))
        records.append(person("kageyama", "kenji", phones: ["+819088888887"]))
        let n = records.count
        let result = Matcher(settings: smallSettings()).match(records)
        let common = result.explanation(n - 4, n - 3, ids: ids).outcomes[0]
        let rare = result.explanation(n - 2, n - 1, ids: ids).outcomes[0]
        #expect(common.level.hasPrefix("exact") && rare.level.hasPrefix("exact"))
        #expect(common.weight + 2 < rare.weight)
    }

    @Test("family members sharing a phone and surname stay below review; the same person is found")
    func family() {
        var records = background(500)
        let home = "+81312345678"
        records.append(person("yamashita", "hiroshi", phones: [home], birthday: 19_600_412))
        records.append(person("yamashita", "keiko", phones: [home], birthday: 19_630_921))
        records.append(person("yamashita", "yuta", phones: [home], birthday: 19_920_103))
        records.append(person("yamashita", "hiroshi", phones: [home, "+819055555555"], birthday: 19_600_412))
        let result = Matcher(settings: smallSettings(prior: 2e-4)).match(records)
        let found = Set(result.pairs.map { [Int($0.a), Int($0.b)] })
        #expect(found.contains([500, 503]))
        #expect(!found.contains([500, 501]))
        #expect(!found.contains([501, 502]))
        #expect(!found.contains([501, 503]))
    }

    @Test("swapped names score as well as straight ones")
    func swappedNames() throws {
        var records = background(200)
        records.append(person("fujimoto", "kazuya", emails: ["kf@mail.jp"]))
        records.append(person("kazuya", "fujimoto", emails: ["kf@mail.jp"]))
        let result = Matcher(settings: smallSettings()).match(records)
        let pair = try #require(result.pairs.first { $0.a == 200 && $0.b == 201 })
        #expect(pair.pattern.namesSwapped)
        let explanation = result.explanation(for: pair, ids: ids)
        #expect(explanation.outcomes[0].level.contains("names swapped"))
        #expect(explanation.outcomes[0].weight > 0 && explanation.outcomes[1].weight > 0)
    }

    @Test("the result does not depend on the thread count")
    func deterministic() {
        var records = background(800)
        for k in 0..<50 { records.append(records[k * 3]) }
        let m = Matcher(settings: smallSettings())
        let one = m.match(records, options: .init(threads: 1))
        let four = m.match(records, options: .init(threads: 4))
        #expect(one.pairs == four.pairs)
        #expect(one.clusters == four.clusters)
        #expect(one.model == four.model)
        #expect(!one.clusters.isEmpty)
    }

    @Test("the estimated prior is near the share of true matches among all pairs")
    func priorEstimate() {
        var records = background(1_000)
        for k in 0..<100 { records.append(records[k * 7]) }
        var settings = smallSettings()
        settings.prior = .estimate
        let result = Matcher(settings: settings).match(records)
        let truePairs = 100.0, allPairs = 1_100.0 * 1_099 / 2
        #expect(result.model.prior > truePairs / allPairs / 3)
        #expect(result.model.prior < truePairs / allPairs * 3)
    }
}

@Suite("Nickname level")
struct NicknameLevelTests {
    @Test("a nickname of the given name reaches the nickname level, not different")
    func nickname() throws {
        var records = background(200)
        // Keys as the normalizer folds them: michael → mityael, mike → mike.
        records.append(person("clark", "mityael", emails: ["mclark@x.com"]))
        records.append(person("clark", "mike", emails: ["mclark@x.com"]))
        let result = Matcher(settings: smallSettings()).match(records)
        let explanation = result.explanation(200, 201, ids: (0..<202).map { "c\($0)" })
        #expect(explanation.outcomes[1].level == "nickname")
        #expect(explanation.outcomes[1].weight > 2)
    }
}

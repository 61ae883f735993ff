import Testing
import Matching
import Normalization

@Suite("Re-checking one cluster with the run's model")
struct RescoringTests {
    /// The model of a run over a realistic background, as `apply` would read it back.
    private static func runModel() -> ScoringModel {
        let base = background(2_000) + [
            person("tanaka", "taro", phones: ["+819011112222"], emails: ["taro@example.jp"], birthday: 19_840_305),
            person("tanaka", "taro", phones: ["+819011112222"], emails: ["taro@example.jp"], birthday: 19_840_305),
        ]
        return Matcher(settings: smallSettings()).match(base).model
    }

    @Test("the same person twice, unchanged, is still one auto-merge cluster")
    func unchangedDuplicatesStillQualify() {
        let fresh = [
            person("tanaka", "taro", phones: ["+819011112222"], emails: ["taro@example.jp"], birthday: 19_840_305),
            person("tanaka", "taro", phones: ["+819011112222"], emails: ["taro@example.jp"], birthday: 19_840_305),
        ]
        let result = Matcher(settings: smallSettings()).rescore(fresh, model: Self.runModel())
        #expect(result.clusters.count == 1)
        #expect(result.clusters.first?.members == [0, 1])
        #expect(result.clusters.first?.autoMergeEligible == true)
    }

    @Test("a member whose name, phone, email and birthday were all changed no longer matches")
    func changedMemberNoLongerMatches() {
        let fresh = [
            person("tanaka", "taro", phones: ["+819011112222"], emails: ["taro@example.jp"], birthday: 19_840_305),
            person("suzuki", "hanako", phones: ["+819099998888"], emails: ["hanako@example.jp"], birthday: 19_910_101),
        ]
        let result = Matcher(settings: smallSettings()).rescore(fresh, model: Self.runModel())
        #expect(result.clusters.isEmpty)
        #expect(result.pairs.isEmpty)
    }

    @Test("records of different franchises are never compared")
    func differentFranchisesNeverCompared() {
        let fresh = [
            person("tanaka", "taro", phones: ["+819011112222"], franchise: "f1"),
            person("tanaka", "taro", phones: ["+819011112222"], franchise: "f2"),
        ]
        #expect(Matcher(settings: smallSettings()).rescore(fresh, model: Self.runModel()).pairs.isEmpty)
    }
}

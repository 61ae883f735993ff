import Testing
import Matching
import StoredRuns

@Suite("The stored scoring model")
struct ModelJSONTests {
    @Test("reads back to the same model, weights exact to the bit")
    func roundTrips() throws {
        let model = ScoringModel(comparisons: [
            ScoringModel.Comparison(name: "phone", levels: [
                ScoringModel.Level(label: "exact", m: 0.9, u: 1.0 / 3.0 * 1e-6, termFrequencyAdjusted: true),
                ScoringModel.Level(label: "different", m: 0.1, u: 0.999_999_7, termFrequencyAdjusted: false),
            ]),
        ], prior: 0.1 + 0.2)
        let decoded = try #require(ModelJSON.decode(ModelJSON.encode(model)))
        #expect(decoded == model)
        #expect(decoded.comparisons[0].levels[0].weight.bitPattern == model.comparisons[0].levels[0].weight.bitPattern)
    }

    @Test("text that is not a model reads as nil", arguments: ["", "[]", #"{"prior":"x","comparisons":[]}"#,
                                                             #"{"prior":0.1,"comparisons":[{"name":"a"}]}"#])
    func rejectsOtherText(text: String) {
        #expect(ModelJSON.decode(text) == nil)
    }
}

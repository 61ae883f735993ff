import Support
import Testing

@Suite("Stages and their timer")
struct StageTests {
    @Test("matching's stages are parts of match, with clean names")
    func parents() {
        #expect(Stage.index.parent == .match)
        #expect(Stage.estimateU.name == "estimate_u")
        #expect(Stage.match.parent == nil)
        #expect(Stage.cluster.depth == 1)
        #expect(Stage.allCases.allSatisfy { !$0.name.hasPrefix(" ") })
    }

    @Test("the total counts top-level stages only")
    func totalSkipsSubStages() {
        let timings = [
            StageTiming(stage: .load, seconds: 1, cpuUtilisation: 1),
            StageTiming(stage: .match, seconds: 3, cpuUtilisation: 2),
            StageTiming(stage: .index, seconds: 1, cpuUtilisation: 2),
            StageTiming(stage: .score, seconds: 2, cpuUtilisation: 2),
        ]
        #expect(StageTiming.totalSeconds(timings) == 4)
    }

    @Test("the timer records stages in order, and accumulated turns under their stage")
    func timerRecordsInOrder() {
        var timer = StageTimer()
        timer.end(.load)
        var turns = StageTimer.Accumulator()
        let answer = turns.measure { 6 * 7 }
        timer.record(.resolve, turns)
        #expect(answer == 42)
        #expect(timer.timings.map(\.stage) == [.load, .resolve])
        #expect(timer.timings.allSatisfy { $0.seconds >= 0 })
    }
}

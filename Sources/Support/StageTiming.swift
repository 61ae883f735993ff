/// Wall time and CPU use of one stage.
public struct StageTiming: Sendable, Hashable {
    public var stage: Stage
    public var seconds: Double
    /// CPU seconds over wall seconds: 2.0 means both cores busy throughout.
    public var cpuUtilisation: Double

    public init(stage: Stage, seconds: Double, cpuUtilisation: Double) {
        self.stage = stage
        self.seconds = seconds
        self.cpuUtilisation = cpuUtilisation
    }

    /// Wall time of the top-level stages: sub-stages are parts of the one above them.
    public static func totalSeconds(_ timings: [StageTiming]) -> Double {
        timings.filter { $0.stage.parent == nil }.reduce(0) { $0 + $1.seconds }
    }
}

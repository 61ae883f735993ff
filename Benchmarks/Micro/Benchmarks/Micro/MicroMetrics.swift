import Benchmark

/// The metrics every benchmark here reports, and the custom ones of the batch benchmarks.
enum MicroMetrics {
    /// Per-value benchmarks: time, rate, allocations per value (scaled by the `.kilo` inner
    /// loop), and the process's peak memory.
    static let perValue: [BenchmarkMetric] = [
        .wallClock, .throughput, .mallocCountTotal, .peakMemoryResident,
    ]

    /// Batch benchmarks: also CPU time (above wall time when both cores work) and the memory
    /// the measured work itself added on top of its fixture (`peakMemoryResidentDelta`).
    static let batch: [BenchmarkMetric] = [
        .wallClock, .cpuTotal, .throughput, .mallocCountTotal, .peakMemoryResident, .peakMemoryResidentDelta,
    ]

    /// Customers processed per second of the measured region.
    static let recordsPerSecond = BenchmarkMetric.custom("records/s", polarity: .prefersLarger, useScalingFactor: false)
    /// Candidate pairs produced by blocking (a count, to notice when a change moves it).
    static let candidatePairs = BenchmarkMetric.custom("candidate pairs", polarity: .prefersSmaller, useScalingFactor: false)
    /// Candidate pairs scored per second of the matcher's `score` stage.
    static let scoredPairsPerSecond = BenchmarkMetric.custom("score: pairs/s", polarity: .prefersLarger, useScalingFactor: false)

    /// Per-value configuration: 1,000 values per iteration, about two seconds per benchmark.
    static func perValueConfiguration() -> Benchmark.Configuration {
        .init(metrics: perValue, warmupIterations: 5, scalingFactor: .kilo, maxDuration: .seconds(2), maxIterations: 10_000)
    }

    /// Batch configuration: a few iterations of seconds each.
    static func batchConfiguration(extra: [BenchmarkMetric], iterations: Int) -> Benchmark.Configuration {
        .init(metrics: batch + extra, warmupIterations: 1, scalingFactor: .one, maxDuration: .seconds(60),
              maxIterations: iterations)
    }

    /// Rate per second of `count` things done in `seconds`, rounded for the harness's integers.
    static func rate(_ count: Int, seconds: Double) -> Int {
        seconds > 0 ? Int((Double(count) / seconds).rounded()) : 0
    }
}

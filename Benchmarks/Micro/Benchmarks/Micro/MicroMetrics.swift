import Benchmark

/// The metrics every benchmark here reports, and the custom ones of the batch benchmarks.
enum MicroMetrics {
    /// Per-value benchmarks: time, rate, allocations per value (scaled by the `.kilo` inner
    /// loop), and the process's peak memory.
    static let perValue: [BenchmarkMetric] = [
        .wallClock, .throughput, .mallocCountTotal, .peakMemoryResident,
    ]

    /// Batch benchmarks: also CPU time (above wall time when both cores work) and the resident
    /// memory added after setup (`peakMemoryResidentDelta`; near 0 when the allocator reuses what
    /// the setup freed). No `throughput`: one iteration is the whole base, so their rate is the
    /// custom `records/s`.
    static let batch: [BenchmarkMetric] = [
        .wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident, .peakMemoryResidentDelta,
    ]

    /// Customers processed per second of the measured region.
    static let recordsPerSecond = BenchmarkMetric.custom("records/s", polarity: .prefersLarger, useScalingFactor: false)
    /// Candidate pairs produced by blocking (a count, to notice when a change moves it).
    static let candidatePairs = BenchmarkMetric.custom("candidate pairs", polarity: .prefersSmaller,
                                                       useScalingFactor: false)
    /// Candidate pairs scored per second of the matcher's `score` stage.
    static let scoredPairsPerSecond = BenchmarkMetric.custom("score: pairs/s", polarity: .prefersLarger,
                                                             useScalingFactor: false)

    /// Milliseconds of each of the matcher's stages (`MatchStatistics.stageSeconds`), in run order.
    static let matcherStages = ["index", "block", "estimate_u", "score", "threshold", "cluster"]
    static let stageMilliseconds: [String: BenchmarkMetric] = Dictionary(uniqueKeysWithValues: matcherStages.map {
        ($0, BenchmarkMetric.custom("stage \($0) (ms)", polarity: .prefersSmaller, useScalingFactor: false))
    })

    /// Per-value configuration: 1,000 values per iteration, about two seconds per benchmark.
    static func perValueConfiguration() -> Benchmark.Configuration {
        .init(metrics: perValue, warmupIterations: 5, scalingFactor: .kilo, maxDuration: .seconds(2),
              maxIterations: 10_000)
    }

    /// Batch configuration: a few iterations, each over the whole base (under a second to a few).
    static func batchConfiguration(extra: [BenchmarkMetric], iterations: Int) -> Benchmark.Configuration {
        .init(metrics: batch + extra, warmupIterations: 1, scalingFactor: .one, maxDuration: .seconds(60),
              maxIterations: iterations)
    }

    /// Rate per second of `count` things done in `seconds`, rounded for the harness's integers.
    static func rate(_ count: Int, seconds: Double) -> Int {
        seconds > 0 ? Int((Double(count) / seconds).rounded()) : 0
    }

    /// Records `records` done in `seconds` as the benchmark's `records/s`.
    static func recordRate(_ benchmark: Benchmark, records: Int, seconds: Double) {
        benchmark.measurement(recordsPerSecond, rate(records, seconds: seconds))
    }
}

import Benchmark
import Matching
import Normalization
import Rules

/// Whole-stage benchmarks on a generated base of 100,000 customers (``CustomerBase``), built in
/// each benchmark's setup so that only the stage itself is measured. Each iteration handles the
/// whole base, so the rates are the custom `records/s` and `score: pairs/s`.
func registerBatchBenchmarks() {
    let customers = 100_000
    let settings = MatchingSettings.standard

    Benchmark("CustomerNormalizer 100k",
              configuration: MicroMetrics.batchConfiguration(extra: [MicroMetrics.recordsPerSecond], iterations: 5),
              closure: { benchmark, inputs in
                  let (normalized, seconds) = timed { CustomerNormalizer().normalize(inputs) }
                  blackHole(normalized)
                  MicroMetrics.recordRate(benchmark, records: inputs.count, seconds: seconds)
              },
              setup: { CustomerBase.make(count: customers) })

    Benchmark("RecordTable 100k",
              configuration: MicroMetrics.batchConfiguration(extra: [MicroMetrics.recordsPerSecond], iterations: 10),
              closure: { benchmark, normalized in
                  let (table, seconds) = timed { RecordTable(normalized) }
                  blackHole(table)
                  MicroMetrics.recordRate(benchmark, records: normalized.count, seconds: seconds)
              },
              setup: { CustomerNormalizer().normalize(CustomerBase.make(count: customers)) })

    Benchmark("Blocking 100k (RecordTable + CandidatePairs.block)",
              configuration: MicroMetrics.batchConfiguration(
                  extra: [MicroMetrics.recordsPerSecond, MicroMetrics.candidatePairs], iterations: 10),
              closure: { benchmark, normalized in
                  let (candidates, seconds) = timed {
                      CandidatePairs.block(RecordTable(normalized), rules: settings.blockingRules)
                  }
                  MicroMetrics.recordRate(benchmark, records: normalized.count, seconds: seconds)
                  benchmark.measurement(MicroMetrics.candidatePairs, candidates.count)
                  blackHole(candidates)
              },
              setup: { CustomerNormalizer().normalize(CustomerBase.make(count: customers)) })

    // The score rate comes from the matcher's own stage clock: candidate pairs over the seconds
    // of the `score` stage (u estimation, clustering and the rest excluded).
    Benchmark("Matcher.match 100k (2 threads)",
              configuration: MicroMetrics.batchConfiguration(
                  extra: [MicroMetrics.recordsPerSecond, MicroMetrics.candidatePairs, MicroMetrics.scoredPairsPerSecond]
                      + MicroMetrics.matcherStages.compactMap { MicroMetrics.stageMilliseconds[$0] },
                  iterations: 5),
              closure: { benchmark, normalized in
                  let (result, seconds) = timed {
                      Matcher(settings: settings).match(normalized, options: Matcher.Options(threads: 2))
                  }
                  let statistics = result.statistics
                  let scoreSeconds = statistics.stageSeconds.first { $0.stage.name == "score" }?.seconds ?? seconds
                  MicroMetrics.recordRate(benchmark, records: normalized.count, seconds: seconds)
                  benchmark.measurement(MicroMetrics.candidatePairs, statistics.candidatePairs)
                  benchmark.measurement(MicroMetrics.scoredPairsPerSecond,
                                        MicroMetrics.rate(statistics.candidatePairs, seconds: scoreSeconds))
                  for stage in statistics.stageSeconds {
                      if let metric = MicroMetrics.stageMilliseconds[stage.stage.name] {
                          benchmark.measurement(metric, Int((stage.seconds * 1_000).rounded()))
                      }
                  }
                  blackHole(result)
              },
              setup: { CustomerNormalizer().normalize(CustomerBase.make(count: customers)) })
}

/// Runs `work` and returns its result with the wall seconds it took.
private func timed<T>(_ work: () -> T) -> (T, Double) {
    let clock = ContinuousClock()
    let start = clock.now
    let result = work()
    let elapsed = start.duration(to: clock.now).components
    return (result, Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18)
}

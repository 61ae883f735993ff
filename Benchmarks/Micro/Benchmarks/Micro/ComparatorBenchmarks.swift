import Benchmark
import Matching

/// Per-pair benchmarks of the string comparators on romaji keys, through their byte-buffer
/// entry points (the ones the scorer calls; they allocate nothing).
func registerComparatorBenchmarks() {
    Benchmark("Jaro-Winkler (romaji key pair)", configuration: MicroMetrics.perValueConfiguration(),
              closure: { benchmark, pairs in
                  pairs.forEach { a, b in blackHole(JaroWinkler.similarity(a, b)) }
              },
              setup: { KeyPairBytes(FieldSamples.keyPairs()) })

    Benchmark("Bounded Levenshtein k=2 (romaji key pair)", configuration: MicroMetrics.perValueConfiguration(),
              closure: { benchmark, pairs in
                  pairs.forEach { a, b in blackHole(BoundedLevenshtein.distance(a, b, bound: 2)) }
              },
              setup: { KeyPairBytes(FieldSamples.keyPairs()) })
}

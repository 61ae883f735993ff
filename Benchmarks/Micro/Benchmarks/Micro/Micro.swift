import Benchmark

/// Micro benchmarks of tcdedupe's hot paths: field normalizers and comparators per value, then
/// normalization, indexing, blocking and matching on 100,000 generated customers.
///
/// Run from `Benchmarks/Micro`: `swift package --disable-sandbox benchmark` (see README.md).
let benchmarks: @Sendable () -> Void = {
    registerFieldBenchmarks()
    registerComparatorBenchmarks()
    registerBatchBenchmarks()
}

// swift-tools-version: 6.1
import PackageDescription

// Micro benchmarks of tcdedupe's hot paths with ordo-one/benchmark (`swift package benchmark`).
//
// A nested package on purpose: the harness and its dependencies (malloc interposer, histogram,
// text tables) are built only here, so the main package's build and CI stay light.
// The main package is named `tcdedupe` here so that `.product(... package: "tcdedupe")` does
// not depend on the folder the repository was cloned into.
let package = Package(
    name: "tcdedupe-micro-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "tcdedupe", path: "../.."),
        // Explicit traits: only the malloc interposer (malloc counts, peak memory), not the
        // default `RuntimeInterposer`, whose package is not available here.
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "Micro",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Normalization", package: "tcdedupe"),
                .product(name: "Matching", package: "tcdedupe"),
                .product(name: "Rules", package: "tcdedupe"),
            ],
            path: "Benchmarks/Micro",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

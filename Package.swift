// swift-tools-version: 6.0
import PackageDescription

// Dependencies point one way: bridges and foundation (Support, JSON) ← model (CRMModel) ←
// normalization ← matching ← resolution ← reporting, with the store and the orchestration
// (Pipeline) used only by the command-line tool. No target imports one above it.
let package = Package(
    name: "tcdedupe",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tcdedupe", targets: ["tcdedupe"]),
        .library(name: "Matching", targets: ["Matching"]),
        .library(name: "Normalization", targets: ["Normalization"]),
        .library(name: "Pipeline", targets: ["Pipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // System-library bridges.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // libcurl through a module map whose header wraps the variadic curl_easy_setopt.
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        // ICU enters through a C shim whose public header uses only stdint types: the toolchain's
        // own ICU module (inside Foundation) clashes with the system headers otherwise.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]
        ),

        // Core.
        // Support: civil dates, seeded random, number text, stages and their timer, output files.
        .target(name: "Support"),
        .target(name: "Parallelism"),
        // JSON: the parser and the one writer (tree and streaming text).
        .target(name: "JSON"),
        .target(name: "CRMModel", dependencies: ["JSON"]),
        .target(name: "Normalization", dependencies: ["CICU", "Parallelism", "Support"]),
        .target(name: "Matching", dependencies: ["Normalization", "CRMModel", "Parallelism", "Support"]),
        .target(name: "Resolution", dependencies: ["CRMModel", "Matching", "Support"]),
        .target(name: "Rules", dependencies: ["CRMModel", "Matching", "Resolution", "Yams"]),
        .target(
            name: "Reporting",
            dependencies: ["CRMModel", "Matching", "Resolution", "Support"],
            // The report page's script and style are real files, compiled into the binary.
            resources: [.embedInCode("HTML/Assets/report.js"), .embedInCode("HTML/Assets/report.css")]
        ),
        .target(name: "Evaluation", dependencies: ["Support"]),
        .target(name: "SyntheticData", dependencies: ["JSON", "Support"]),

        // Storage and orchestration.
        .target(name: "Store", dependencies: ["CSQLite", "CRMModel"]),
        .target(name: "Import", dependencies: ["CRMModel", "Store", "Parallelism"]),

        // The CRM API: a client over libcurl, and a local server that plays the API for tests.
        .target(name: "CRMClient", dependencies: ["CCurl", "CRMModel", "Support"]),
        .target(
            name: "Sandbox",
            dependencies: [
                "CRMModel", "CRMClient", "Parallelism", "Support",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "Pipeline",
            dependencies: ["CRMModel", "Normalization", "Matching", "Resolution", "Rules", "Store", "Import", "Parallelism",
                           "Reporting", "Evaluation", "SyntheticData", "CRMClient", "Sandbox", "Support"]
        ),
        // The local review page: HTTP only; what it shows and stores comes from Pipeline.
        .target(
            name: "Review",
            dependencies: ["Pipeline", "CRMModel", .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "Logging", package: "swift-log"),
                           .product(name: "HTTPTypes", package: "swift-http-types"),
                           .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")]
        ),
        .executableTarget(
            name: "tcdedupe",
            dependencies: ["Pipeline", "Review", "CRMClient", "Sandbox", "Parallelism", "Support",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // Tests beside their modules; TestSupport holds what several of them share.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ParallelismTests", dependencies: ["Parallelism"]),
        .testTarget(name: "SupportTests", dependencies: ["Support", "TestSupport"]),
        .testTarget(name: "JSONTests", dependencies: ["JSON"]),
        .testTarget(name: "CRMModelTests", dependencies: ["CRMModel"]),
        .testTarget(name: "NormalizationTests", dependencies: ["Normalization"]),
        .testTarget(name: "MatchingTests", dependencies: ["Matching", "Normalization", "Support"]),
        .testTarget(name: "ResolutionTests", dependencies: ["Resolution", "Matching", "CRMModel"]),
        .testTarget(name: "RulesTests", dependencies: ["Rules", "Matching", "Resolution", "CRMModel"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "CRMModel", "TestSupport"]),
        .testTarget(name: "ImportTests", dependencies: ["Import", "Store", "CRMModel", "TestSupport"]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting", "Resolution", "Matching", "CRMModel", "Support", "TestSupport"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "TestSupport"]),
        .testTarget(name: "SyntheticDataTests", dependencies: ["SyntheticData", "JSON", "Support", "TestSupport"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "Store", "CRMModel", "Rules", "TestSupport"]),
        .testTarget(name: "ReviewTests", dependencies: ["Review", "Pipeline", "Store", "Resolution", "Rules", "TestSupport"]),
        // Shared fixtures of the API tests: a sandbox in-process with a tiny customer base.
        .target(name: "SandboxTestSupport", dependencies: ["Sandbox", "CRMClient", "CRMModel"], path: "Tests/SandboxTestSupport"),
        .testTarget(name: "SandboxTests", dependencies: ["SandboxTestSupport", "Sandbox", "CRMClient", "CRMModel", "TestSupport"]),
        .testTarget(name: "CRMClientTests", dependencies: ["SandboxTestSupport", "CRMClient", "Sandbox", "CRMModel", "TestSupport"]),
        .testTarget(name: "tcdedupeTests", dependencies: ["tcdedupe", "Store", "CRMModel", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version: 6.0
import PackageDescription

// Dependencies point one way: bridges ← model/normalization ← matching ← resolution ← reporting,
// with the store and the orchestration (Pipeline) used only by the command-line tool.
let package = Package(
    name: "tcdedupe",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tcdedupe", targets: ["tcdedupe"]),
        .library(name: "Matching", targets: ["Matching"]),
        .library(name: "Normalization", targets: ["Normalization"]),
        .library(name: "Pipeline", targets: ["Pipeline"]),
        .library(name: "Rules", targets: ["Rules"]),
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
        .target(name: "Parallelism"),
        .target(name: "CRMModel"),
        .target(name: "Normalization", dependencies: ["CICU", "Parallelism"]),
        .target(name: "Matching", dependencies: ["Normalization", "CRMModel", "Parallelism"]),
        .target(name: "Resolution", dependencies: ["CRMModel", "Matching"]),
        // The default rules are `rules/default.yaml` itself (linked into the target's folder), compiled
        // in as bytes so that the binary works from any folder and the text has one source.
        .target(name: "Rules", dependencies: ["CRMModel", "Matching", "Resolution", "Yams"],
                resources: [.embedInCode("Resources/default.yaml")]),
        .target(name: "Reporting", dependencies: ["CRMModel", "Matching", "Resolution"]),
        .target(name: "Evaluation"),
        .target(name: "SyntheticData"),

        // Storage and orchestration.
        .target(name: "Store", dependencies: ["CSQLite", "CRMModel"]),
        .target(name: "Import", dependencies: ["CRMModel", "Store", "Parallelism"]),

        // The CRM API: a client over libcurl, and a local server that plays the API for tests.
        .target(name: "CRMClient", dependencies: ["CCurl", "CRMModel"]),
        .target(
            name: "Sandbox",
            dependencies: [
                "CRMModel", "CRMClient", "Parallelism",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "Pipeline",
            dependencies: ["CRMModel", "Normalization", "Matching", "Resolution", "Rules", "Store", "Import", "Parallelism",
                           "Reporting", "Evaluation", "SyntheticData", "CRMClient", "Sandbox"]
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
            dependencies: ["Pipeline", "Review", "CRMClient", "Sandbox",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // Tests beside their modules.
        .testTarget(name: "ParallelismTests", dependencies: ["Parallelism"]),
        .testTarget(name: "CRMModelTests", dependencies: ["CRMModel"]),
        .testTarget(name: "NormalizationTests", dependencies: ["Normalization"]),
        .testTarget(name: "MatchingTests", dependencies: ["Matching", "Normalization", "Rules"]),
        .testTarget(name: "ResolutionTests", dependencies: ["Resolution", "Matching", "CRMModel"]),
        .testTarget(name: "RulesTests", dependencies: ["Rules", "Matching", "Normalization", "Resolution", "CRMModel"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "CRMModel"]),
        .testTarget(name: "ImportTests", dependencies: ["Import", "Store", "CRMModel"]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting", "Resolution", "Matching", "CRMModel"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation"]),
        .testTarget(name: "SyntheticDataTests", dependencies: ["SyntheticData"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "Store", "CRMModel", "Rules"]),
        .testTarget(name: "ReviewTests", dependencies: ["Review", "Pipeline", "Store", "Resolution", "Rules"]),
        // Shared fixtures of the API tests: a sandbox in-process with a tiny customer base.
        .target(name: "SandboxTestSupport", dependencies: ["Sandbox", "CRMClient", "CRMModel"], path: "Tests/SandboxTestSupport"),
        .testTarget(name: "SandboxTests", dependencies: ["SandboxTestSupport", "Sandbox", "CRMClient", "CRMModel"]),
        .testTarget(name: "CRMClientTests", dependencies: ["SandboxTestSupport", "CRMClient", "Sandbox", "CRMModel"]),
        .testTarget(name: "tcdedupeTests", dependencies: ["tcdedupe", "Store", "CRMModel"]),
    ],
    swiftLanguageModes: [.v6]
)

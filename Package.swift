// swift-tools-version: 6.0
import PackageDescription

// Dependencies point one way, downward in this list; no target imports one above it:
//   bridges      CSQLite, CCurl, CICU
//   core         Parallelism; CRMModel; MatchEvidence (a pair's evidence, plain values);
//                Normalization → Matching; Resolution (uses MatchEvidence, not Matching);
//                Rules; Reporting; Evaluation; SyntheticData
//   storage/api  Store; Import; CRMClient (with APIConnection); Sandbox
//   stored runs  StoredRuns: a finished run read back from the store, the member preparation a
//                run, apply and review share, and the error and number wording of every command
//   engines      Pipeline (the batch run; its Support/ folder holds the command line's workspace,
//                rules-file and timing helpers until a Support target takes them); Merging (apply,
//                journal); Exporting (export); Reviewing (review logic, no HTTP) — side by side,
//                none imports another
//   servers      ReviewServer (the HTTP review page over Reviewing)
//   tool         tcdedupe (the command line; also the demo, generate, evaluate, import and
//                launching the sandbox)
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
        .target(name: "Parallelism"),
        .target(name: "CRMModel"),
        .target(name: "Normalization", dependencies: ["CICU", "Parallelism"]),
        // What a scored pair's evidence is, below both the matcher that makes it and the
        // suggested merges that carry it.
        .target(name: "MatchEvidence"),
        .target(name: "Matching", dependencies: ["Normalization", "CRMModel", "MatchEvidence", "Parallelism"]),
        .target(name: "Resolution", dependencies: ["CRMModel", "MatchEvidence"]),
        .target(name: "Rules", dependencies: ["CRMModel", "Matching", "Resolution", "Yams"]),
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
        // A finished run as the store keeps it, and what every engine above shares.
        .target(
            name: "StoredRuns",
            dependencies: ["CRMModel", "Normalization", "Matching", "Resolution", "Rules", "Reporting", "Store"]
        ),

        // Engines, side by side.
        .target(
            name: "Pipeline",
            dependencies: ["CRMModel", "Normalization", "Matching", "Resolution", "Rules", "Store", "Parallelism", "StoredRuns"]
        ),
        // `apply`: plan, re-check, journal, send, verify, resume; the CRM behind a `MergeAPI`.
        .target(
            name: "Merging",
            dependencies: ["CRMModel", "CRMClient", "Store", "Normalization", "Matching", "Resolution", "Rules", "StoredRuns"]
        ),
        .target(name: "Exporting", dependencies: ["CRMModel", "CRMClient", "Store", "StoredRuns"]),
        // What a reviewer sees and decides; the HTTP page is ReviewServer.
        .target(
            name: "Reviewing",
            dependencies: ["CRMModel", "Normalization", "Resolution", "Rules", "Reporting", "Store", "StoredRuns"]
        ),

        // The local review page: HTTP only; what it shows and stores comes from Reviewing.
        .target(
            name: "ReviewServer",
            dependencies: ["Reviewing", "StoredRuns", "CRMModel", .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "Logging", package: "swift-log"),
                           .product(name: "HTTPTypes", package: "swift-http-types"),
                           .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")]
        ),
        .executableTarget(
            name: "tcdedupe",
            dependencies: ["Pipeline", "Merging", "Exporting", "Reviewing", "ReviewServer", "StoredRuns",
                           "CRMModel", "CRMClient", "Rules", "Store", "Import", "Sandbox", "SyntheticData", "Evaluation",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // Tests beside their modules.
        .testTarget(name: "ParallelismTests", dependencies: ["Parallelism"]),
        .testTarget(name: "CRMModelTests", dependencies: ["CRMModel"]),
        .testTarget(name: "NormalizationTests", dependencies: ["Normalization"]),
        .testTarget(name: "MatchingTests", dependencies: ["Matching", "Normalization"]),
        .testTarget(name: "ResolutionTests", dependencies: ["Resolution", "MatchEvidence", "CRMModel"]),
        .testTarget(name: "RulesTests", dependencies: ["Rules", "Matching", "Resolution", "CRMModel"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "CRMModel"]),
        .testTarget(name: "ImportTests", dependencies: ["Import", "Store", "CRMModel"]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting", "Resolution", "MatchEvidence", "Matching", "CRMModel"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation"]),
        .testTarget(name: "SyntheticDataTests", dependencies: ["SyntheticData"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "StoredRuns", "Import", "Store", "CRMModel", "Rules"]),
        // The merge engine against an in-memory CRM; a run to merge is made with Pipeline.
        .testTarget(name: "MergingTests", dependencies: ["Merging", "Pipeline", "StoredRuns", "Import", "Store", "CRMModel",
                                                         "Matching", "Resolution", "Rules"]),
        // Shared fixture of the review tests: a database with one finished run.
        .target(name: "ReviewTestSupport", dependencies: ["Pipeline", "Import", "Rules", "Store"], path: "Tests/ReviewTestSupport"),
        .testTarget(name: "ReviewingTests", dependencies: ["ReviewTestSupport", "Reviewing", "Store", "Resolution"]),
        .testTarget(name: "ReviewServerTests", dependencies: ["ReviewTestSupport", "ReviewServer", "Reviewing", "StoredRuns", "Store"]),
        // Shared fixtures of the API tests: a sandbox in-process with a tiny customer base.
        .target(name: "SandboxTestSupport", dependencies: ["Sandbox", "CRMClient", "CRMModel"], path: "Tests/SandboxTestSupport"),
        .testTarget(name: "SandboxTests", dependencies: ["SandboxTestSupport", "Sandbox", "CRMClient", "CRMModel"]),
        .testTarget(name: "CRMClientTests", dependencies: ["SandboxTestSupport", "CRMClient", "Sandbox", "CRMModel"]),
        .testTarget(name: "tcdedupeTests", dependencies: ["tcdedupe", "Store", "CRMModel"]),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version: 6.0
import PackageDescription

// Dependencies point one way, downward in this list; no target imports one above it:
//   bridges      CSQLite, CCurl, CICU, CPhoneNumber
//   foundation   Support (civil dates, seeded random, number text, stages and their timer, output
//                files); JSON (the parser and the one writer); Parallelism
//   core         CRMModel (over JSON); MatchEvidence (a pair's evidence, plain values);
//                Normalization → Matching; Resolution (uses MatchEvidence, not Matching);
//                Rules; Reporting; Evaluation; SyntheticData
//   storage/api  Store; Import; CRMClient (with APIConnection); Sandbox
//   stored runs  StoredRuns: a finished run read back from the store, the member preparation a
//                run, apply and review share, and the error wording of every command;
//                StandingIndex: a run's blocking keys and statistics, for `match` and incremental runs
//   engines      Pipeline (the batch run); Merging (apply, journal); Exporting (export); Syncing (sync);
//                Reviewing (review logic, no HTTP) — side by side, none imports another
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
        // libphonenumber (C++, Debian libphonenumber-dev) through a C shim: parse, validate, E.164.
        // The shim builds its protobuf messages itself, so protobuf is linked beside the library.
        .target(
            name: "CPhoneNumber",
            linkerSettings: [.linkedLibrary("phonenumber"), .linkedLibrary("protobuf")]
        ),

        // Core.
        // Support: civil dates, seeded random, number text, stages and their timer, output files.
        .target(name: "Support"),
        .target(name: "Parallelism"),
        // JSON: the parser and the one writer (tree and streaming text).
        .target(name: "JSON"),
        .target(name: "CRMModel", dependencies: ["JSON"]),
        .target(name: "Normalization", dependencies: ["CICU", "CPhoneNumber", "Parallelism", "Support"]),
        // What a scored pair's evidence is, below both the matcher that makes it and the
        // suggested merges that carry it.
        .target(name: "MatchEvidence"),
        .target(name: "Matching", dependencies: ["Normalization", "CRMModel", "MatchEvidence", "Parallelism", "Support"]),
        .target(name: "Resolution", dependencies: ["CRMModel", "MatchEvidence", "Support"]),
        // The default rules are `rules/default.yaml` itself (linked into the target's folder), compiled
        // in as bytes so that the binary works from any folder and the text has one source.
        .target(name: "Rules", dependencies: ["CRMModel", "Matching", "Resolution", "Yams"],
                resources: [.embedInCode("Resources/default.yaml")]),
        .target(
            name: "Reporting",
            dependencies: ["CRMModel", "Matching", "Resolution", "Support"],
            // The report page's script and style are real files, compiled into the binary.
            resources: [.embedInCode("HTML/Assets/report.js"), .embedInCode("HTML/Assets/cards.js"),
                        .embedInCode("HTML/Assets/report.css")]
        ),
        .target(name: "Evaluation", dependencies: ["Support"]),
        .target(name: "SyntheticData", dependencies: ["JSON", "Support", "Normalization"]),

        // Storage and orchestration.
        .target(name: "Store", dependencies: ["CSQLite", "CRMModel"]),
        .target(name: "Import", dependencies: ["CRMModel", "Store", "Parallelism"]),

        // The CRM API: a client over libcurl, and a local server that plays the API for tests.
        .target(name: "CRMClient", dependencies: ["CCurl", "CRMModel", "Support"]),
        .target(
            name: "Sandbox",
            dependencies: [
                "CRMModel", "CRMClient", "Normalization", "Parallelism", "Support",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // A finished run as the store keeps it, and what every engine above shares.
        .target(
            name: "StoredRuns",
            dependencies: ["CRMModel", "Normalization", "Matching", "Resolution", "Rules", "Reporting", "Store", "Support"]
        ),

        // A finished run's standing index: written by every full run, read by `match` (and by
        // incremental runs) to find and score a record's duplicates without loading the base.
        .target(name: "StandingIndex", dependencies: ["CRMModel", "MatchEvidence", "Normalization", "Matching", "Resolution", "Rules", "Store",
                                                     "StoredRuns"]),

        // Engines, side by side.
        .target(
            name: "Pipeline",
            dependencies: ["CRMModel", "Normalization", "Matching", "Resolution", "Rules", "Store", "Parallelism", "StoredRuns",
                           "StandingIndex", "Support"]
        ),
        // `apply`: plan, re-check, journal, send, verify, resume; the CRM behind a `MergeAPI`.
        .target(
            name: "Merging",
            dependencies: ["CRMModel", "CRMClient", "Store", "Normalization", "Matching", "Resolution", "Rules", "StoredRuns",
                           "Support"]
        ),
        .target(name: "Exporting", dependencies: ["CRMModel", "CRMClient", "Store", "StoredRuns", "Support"]),
        // `sync`: the Sync API's changes into the store, from the cursor the last export or sync stored.
        .target(name: "Syncing", dependencies: ["CRMModel", "CRMClient", "Store", "StoredRuns", "Support"]),
        // What a reviewer sees and decides; the HTTP page is ReviewServer.
        .target(
            name: "Reviewing",
            dependencies: ["CRMModel", "Normalization", "Resolution", "Rules", "Reporting", "Store", "StoredRuns", "Support"]
        ),

        // The local review page: HTTP only; what it shows and stores comes from Reviewing.
        // The page is a shell (its script and style are real files, compiled in); clusters come
        // from the JSON API a page at a time.
        .target(
            name: "ReviewServer",
            dependencies: ["Reviewing", "StoredRuns", "Store", "Resolution", "Reporting", "CRMModel",
                           .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "Logging", package: "swift-log"),
                           .product(name: "HTTPTypes", package: "swift-http-types"),
                           .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")],
            resources: [.embedInCode("Page/review.js"), .embedInCode("Page/review.css")]
        ),
        .executableTarget(
            name: "tcdedupe",
            dependencies: ["Pipeline", "Merging", "Exporting", "Syncing", "Reviewing", "ReviewServer", "StoredRuns",
                           "CRMModel", "CRMClient", "Rules", "Store", "Import", "Sandbox", "SyntheticData", "Evaluation",
                           "Parallelism", "StandingIndex", "Support",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // Tests beside their modules; TestSupport holds what several of them share.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ParallelismTests", dependencies: ["Parallelism"]),
        .testTarget(name: "SupportTests", dependencies: ["Support", "TestSupport"]),
        .testTarget(name: "JSONTests", dependencies: ["JSON"]),
        .testTarget(name: "CRMModelTests", dependencies: ["CRMModel"]),
        .testTarget(name: "NormalizationTests", dependencies: ["Normalization"]),
        .testTarget(name: "MatchingTests", dependencies: ["Matching", "Normalization", "Rules", "Support"]),
        .testTarget(name: "ResolutionTests", dependencies: ["Resolution", "MatchEvidence", "CRMModel"]),
        .testTarget(name: "RulesTests", dependencies: ["Rules", "Matching", "MatchEvidence", "Normalization", "Resolution", "CRMModel"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "CRMModel", "TestSupport"]),
        .testTarget(name: "ImportTests", dependencies: ["Import", "Store", "CRMModel", "TestSupport"]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting", "Resolution", "MatchEvidence", "Matching", "CRMModel",
                                                           "Support", "TestSupport"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "TestSupport"]),
        .testTarget(name: "SyntheticDataTests", dependencies: ["SyntheticData", "JSON", "Support", "TestSupport", "Normalization"]),
        .testTarget(name: "StoredRunsTests", dependencies: ["StoredRuns", "Store", "Resolution", "CRMModel", "TestSupport"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "StoredRuns", "Import", "Store", "CRMModel", "Matching", "Rules",
                                                          "Normalization", "TestSupport"]),
        // The merge engine against an in-memory CRM; a run to merge is made with Pipeline.
        .testTarget(name: "MergingTests", dependencies: ["Merging", "Pipeline", "StoredRuns", "Import", "Store", "CRMModel",
                                                         "Matching", "Resolution", "Rules", "TestSupport"]),
        // Shared fixture of the review tests: a database with one finished run.
        .target(name: "ReviewTestSupport", dependencies: ["Pipeline", "Import", "Rules", "Store", "TestSupport"],
                path: "Tests/ReviewTestSupport"),
        .testTarget(name: "ReviewingTests", dependencies: ["ReviewTestSupport", "Reviewing", "Store", "Resolution", "MatchEvidence",
                                                           "CRMModel", "TestSupport"]),
        .testTarget(name: "ReviewServerTests", dependencies: ["ReviewTestSupport", "ReviewServer", "Reviewing", "StoredRuns", "Store",
                                                              "TestSupport"]),
        // Shared fixtures of the API tests: a sandbox in-process with a tiny customer base.
        .target(name: "SandboxTestSupport", dependencies: ["Sandbox", "CRMClient", "CRMModel"], path: "Tests/SandboxTestSupport"),
        .testTarget(name: "SandboxTests", dependencies: ["SandboxTestSupport", "Sandbox", "CRMClient", "CRMModel", "TestSupport"]),
        .testTarget(name: "CRMClientTests", dependencies: ["SandboxTestSupport", "CRMClient", "Sandbox", "CRMModel", "TestSupport"]),
        .testTarget(name: "SyncingTests", dependencies: ["SandboxTestSupport", "Syncing", "Exporting", "Sandbox", "CRMClient", "Store",
                                                         "CRMModel", "TestSupport"]),
        // The standing index against a small generated base run with Pipeline.
        .testTarget(name: "StandingIndexTests", dependencies: ["StandingIndex", "Pipeline", "Import", "Store", "CRMModel", "Matching",
                                                               "Normalization", "Rules", "SyntheticData", "TestSupport"]),
        .testTarget(name: "tcdedupeTests", dependencies: ["tcdedupe", "Store", "CRMModel", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

import Foundation
import Store
import Testing

/// `tcdedupe audit`, the estimate in `status`, and `apply --auto --require-audit`, as the real binary.
@Suite("Auditing the auto-merges", .serialized)
struct AuditCommandTests {
    /// The truth of a generated base: entity of each customer.
    static func truth(_ cli: CLIRunner, _ name: String) throws -> [String: String] {
        var entity: [String: String] = [:]
        for line in try cli.read(name).split(whereSeparator: \.isNewline).dropFirst() {
            let cells = line.split(separator: ",").map(String.init)
            if cells.count == 2 { entity[cells[0]] = cells[1] }
        }
        return entity
    }

    static func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    /// The JSON a command printed; a failed command is recorded with its error output.
    static func json(_ output: CLIRunner.Output) throws -> Any {
        #expect(output.status == 0, "\(output.stderr)")
        return try json(output.stdout)
    }

    /// Generates, imports and runs a base of `customers` with seed `seed` into `db`.
    static func base(_ cli: CLIRunner, customers: Int, seed: Int, db: String, rules: String) throws {
        let generated = try cli.run(["generate", "--customers", "\(customers)", "--seed", "\(seed)", "--out", "b\(seed).jsonl",
                                     "--truth", "t\(seed).csv"])
        #expect(generated.status == 0, "\(generated.stderr)")
        #expect(try cli.run(["import", "b\(seed).jsonl", "--db", db, "--quiet"]).status == 0)
        let run = try cli.run(["run", "--db", db, "--rules", rules, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test("audit --json lists a sample decide accepts; status --json shows the estimate of the verdicts")
    func auditThenStatus() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try Self.base(cli, customers: 800, seed: 4, db: "a.sqlite", rules: try cli.writeFastRules())

        let before = try #require(try Self.json(try cli.run(["status", "--db", "a.sqlite", "--json"]).stdout) as? [String: Any])
        let none = try #require(before["audit"] as? [String: Any])
        #expect(none["sampled"] as? Int == 0 && none["precision"] is NSNull)

        let drawn = try cli.run(["audit", "--sample", "12", "--seed", "9", "--db", "a.sqlite", "--json"])
        #expect(drawn.status == 0, "\(drawn.stderr)")
        let sample = try #require(try Self.json(drawn.stdout) as? [[String: Any]])
        #expect(sample.count == 12)
        #expect(sample.allSatisfy { ($0["members"] as? [String])?.count ?? 0 >= 2 && $0["cluster_id"] is Int })
        let again = try cli.run(["audit", "--sample", "12", "--db", "a.sqlite", "--json"])
        #expect(try Self.json(again.stdout) as? NSArray == sample as NSArray)
        let otherSeed = try cli.run(["audit", "--sample", "12", "--seed", "10", "--db", "a.sqlite"])
        #expect(otherSeed.status != 0 && otherSeed.stderr.contains("seed 9"))

        let ids = sample.compactMap { $0["cluster_id"] as? Int }
        #expect(try cli.run(["decide", "--cluster", "\(ids[0])", "approve", "--db", "a.sqlite"]).status == 0)
        #expect(try cli.run(["decide", "--cluster", "\(ids[1])", "reject", "--db", "a.sqlite"]).status == 0)
        let status = try cli.run(["status", "--db", "a.sqlite", "--json"])
        let object = try #require(try Self.json(status.stdout) as? [String: Any])
        let audit = try #require(object["audit"] as? [String: Any])
        #expect(audit["sampled"] as? Int == 12 && audit["decided"] as? Int == 2 && audit["correct"] as? Int == 1)
        #expect(audit["precision"] as? Double == 0.5)
        #expect(abs((audit["low"] as? Double ?? 0) - 0.0945) < 0.0001 && abs((audit["high"] as? Double ?? 0) - 0.9055) < 0.0001)
        #expect(try cli.run(["status", "--db", "a.sqlite"]).stdout.contains("2 of 12 sampled clusters judged, 1 correct"))
    }

    @Test("apply --auto --require-audit refuses without an audit or below the bound, passes above it, and leaves rejected clusters out")
    func requireAudit() throws {
        let r = try ApplyTests.rehearsal()
        defer { r.stop() }
        let missing = try r.apply(["--auto", "--dry-run", "--require-audit", "0.5"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no judged audit sample"))
        #expect(missing.stderr.split(separator: "\n").count == 1, "\(missing.stderr)")
        #expect(!r.sandbox.log.contains("PUT "))

        let drawn = try r.run(["audit", "--sample", "20", "--seed", "2", "--json"])
        let sample = try #require(try Self.json(drawn.stdout) as? [[String: Any]])
        #expect(sample.count == 20)
        let store = try CustomerStore(path: r.cli.path("store.sqlite"))
        let runID = try #require(try store.latestRunID(finishedOnly: true))
        for item in sample.dropFirst() {
            let members = try #require(item["members"] as? [String])
            try store.saveDecision(DecisionRow(runID: runID, clusterID: try #require(item["cluster_id"] as? Int), verdict: .approved,
                                               victorID: members[0], victimIDs: Array(members.dropFirst()), reviewer: "truth"))
        }
        let rejected = try #require(sample.first)
        let rejectedVictor = try #require((rejected["members"] as? [String])?.first)
        #expect(try r.run(["decide", "--cluster", "\(try #require(rejected["cluster_id"] as? Int))", "reject"]).status == 0)

        // 19 of 20: lower bound 0.764.
        let tooLow = try r.apply(["--auto", "--dry-run", "--require-audit", "0.9"])
        #expect(tooLow.status != 0 && tooLow.stderr.contains("below 90.0 %"))
        let passed = try r.apply(["--auto", "--dry-run", "--require-audit", "0.7", "--out", "plan.jsonl"])
        #expect(passed.status == 0, "\(passed.stderr)")
        #expect(passed.stdout.contains("20 of 20 sampled clusters judged, 19 correct"))
        let plan = try r.cli.read("plan.jsonl")
        #expect(!plan.contains("/customers/\(rejectedVictor)\""))
        let approvedVictor = try #require((sample[1]["members"] as? [String])?.first)
        #expect(plan.contains("/customers/\(approvedVictor)\""))
    }

    /// Verdicts from the truth: the interval holds the true precision of the auto-merges, on
    /// several bases and several sample seeds. The true precision is the share of the run's
    /// auto-merge clusters whose members are all one entity of the truth.
    @Test("with verdicts from the truth, the interval contains the true auto-merge precision")
    func intervalHoldsTruth() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        // A lower auto-merge threshold than the default, so the auto-merges include wrong ones.
        let rules = try cli.read(URL(fileURLWithPath: try cli.writeFastRules()).lastPathComponent)
            .replacingOccurrences(of: "auto_merge: 0.99", with: "auto_merge: 0.7")
        try cli.write(rules, to: "loose.yaml")
        var imperfect = 0
        for seed in [21, 22, 23] {
            let db = "v\(seed).sqlite"
            try Self.base(cli, customers: 700, seed: seed, db: db, rules: cli.path("loose.yaml"))
            let truth = try Self.truth(cli, "t\(seed).csv")
            let report = try cli.run(["report", "--db", db, "--format", "json", "--auto-merge-only", "--out", "auto\(seed).json"])
            #expect(report.status == 0, "\(report.stderr)")
            let auto = try #require(try Self.json(try cli.read("auto\(seed).json")) as? [[String: Any]])
            let correct = auto.filter { cluster in
                let ids = [cluster["victor_id"] as? String ?? ""] + (cluster["victim_ids"] as? [String] ?? [])
                return Set(ids.map { truth[$0] ?? "?\($0)" }).count == 1
            }.count
            let truePrecision = Double(correct) / Double(max(1, auto.count))
            if correct < auto.count { imperfect += 1 }
            for sampleSeed in [1, 2, 3] {
                let copy = "v\(seed)-\(sampleSeed).sqlite"
                // The database with its write-ahead log, if a process left one.
                for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: cli.path(db) + suffix) {
                    try FileManager.default.copyItem(atPath: cli.path(db) + suffix, toPath: cli.path(copy) + suffix)
                }
                let drawn = try cli.run(["audit", "--sample", "25", "--seed", "\(sampleSeed)", "--db", copy, "--json"])
                let sample = try #require(try Self.json(drawn) as? [[String: Any]])
                let store = try CustomerStore(path: cli.path(copy))
                let runID = try #require(try store.latestRunID(finishedOnly: true))
                for item in sample {
                    let members = try #require(item["members"] as? [String])
                    let right = Set(members.map { truth[$0] ?? "?\($0)" }).count == 1
                    try store.saveDecision(DecisionRow(runID: runID, clusterID: try #require(item["cluster_id"] as? Int),
                                                       verdict: right ? .approved : .rejected, victorID: members[0],
                                                       victimIDs: Array(members.dropFirst()), reviewer: "truth"))
                }
                let status = try #require(try Self.json(try cli.run(["status", "--db", copy, "--json"])) as? [String: Any])
                let audit = try #require(status["audit"] as? [String: Any])
                let low = try #require(audit["low"] as? Double), high = try #require(audit["high"] as? Double)
                #expect(low <= truePrecision && truePrecision <= high,
                        "base \(seed), sample seed \(sampleSeed): true \(truePrecision) outside [\(low), \(high)]")
            }
        }
        // The check means something only if some base's auto-merges are not all right.
        #expect(imperfect > 0)
    }
}

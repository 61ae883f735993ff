import CRMModel
import Foundation
import Store
import Testing

/// `tcdedupe apply` against `tcdedupe sandbox`, both as the real binary: the end state of the
/// CRM, the journal, and what happens under faults and a kill. Each journal state, lost
/// answers, crashes at every step and changed members are unit-tested against an in-memory CRM
/// in `Tests/MergingTests`.
@Suite("Merging through the CRM API", .serialized)
struct ApplyTests {
    static let key = "tc-apply-key-7d3a91"

    /// A prepared rehearsal: a generated base served by a sandbox, exported and run.
    struct Rehearsal {
        let cli: CLIRunner
        let sandbox: SandboxProcess
        /// Every customer as exported, by id (raw JSON).
        let before: [String: String]

        func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CLIRunner.Output {
            var env = ["TABLECHECK_API_KEY": ApplyTests.key]
            for (k, v) in environment { env[k] = v }
            return try cli.run(arguments + ["--db", "store.sqlite"], environment: env)
        }

        func apply(_ extra: [String] = [], environment: [String: String] = [:]) throws -> CLIRunner.Output {
            try run(["apply", "--api-url", sandbox.url, "--retry-base-ms", "5", "--rate", "500", "--quiet"] + extra,
                    environment: environment)
        }

        /// The sandbox's customers now, by id, read through a second export.
        func after(_ name: String = "after.sqlite") throws -> [String: JSONObject] {
            let export = try cli.run(["export", "--api-url", sandbox.url, "--db", name, "--quiet", "--rate", "500",
                                      "--retry-base-ms", "5"], environment: ["TABLECHECK_API_KEY": ApplyTests.key])
            #expect(export.status == 0, "\(export.stderr)")
            let store = try CustomerStore(path: cli.path(name))
            var out: [String: JSONObject] = [:]
            for row in try store.loadCustomersRaw() {
                guard case .object(let o) = try JSONValue(parsing: row.raw) else { continue }
                out[row.id] = o
            }
            return out
        }

        var journal: [JournalEntry] {
            get throws { try CustomerStore(path: cli.path("store.sqlite")).journal() }
        }

        func snapshots(of id: String) throws -> [MergeSnapshot] {
            try CustomerStore(path: cli.path("store.sqlite")).snapshots(customerID: id)
        }

        /// PUTs the sandbox carried out, per path (answered 200, or carried out and then dropped).
        var effectivePUTs: [String: Int] {
            var counts: [String: Int] = [:]
            for line in sandbox.log.split(separator: "\n") where line.hasPrefix("PUT ") {
                let parts = line.split(separator: " ")
                guard parts.count >= 3 else { continue }
                if parts[2] == "200" || (parts[2] == "dropped" && parts.count >= 5 && parts[4] == "200") {
                    counts[String(parts[1]), default: 0] += 1
                }
            }
            return counts
        }

        /// Changes made in the CRM by others (`body`: what to change), through the sandbox.
        func simulateChanges(_ body: String) throws {
            #expect(try sandbox.simulateChanges(body, apiKey: ApplyTests.key))
        }

        func stop() {
            sandbox.stop()
            cli.cleanUp()
        }
    }

    /// Generates `customers`, serves them with `sandboxArguments`, exports and runs.
    static func rehearsal(customers: Int = 600, sandboxArguments: [String] = []) throws -> Rehearsal {
        let cli = try CLIRunner()
        let generate = try cli.run(["generate", "--customers", "\(customers)", "--seed", "3", "--out", "base.jsonl",
                                    "--truth", "truth.csv"])
        #expect(generate.status == 0, "\(generate.stderr)")
        let sandbox = try SandboxProcess(cli: cli, arguments: ["--data", "base.jsonl", "--api-key", key, "--merge-delay", "0"]
                                         + sandboxArguments)
        let rules = try cli.writeFastRules()
        let export = try cli.run(["export", "--api-url", sandbox.url, "--db", "store.sqlite", "--quiet", "--rate", "500",
                                  "--retry-base-ms", "5"], environment: ["TABLECHECK_API_KEY": key])
        #expect(export.status == 0, "\(export.stderr)")
        let run = try cli.run(["run", "--db", "store.sqlite", "--rules", rules, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let store = try CustomerStore(path: cli.path("store.sqlite"))
        let before = Dictionary(uniqueKeysWithValues: try store.loadCustomersRaw().map { ($0.id, $0.raw) })
        return Rehearsal(cli: cli, sandbox: sandbox, before: before)
    }

    /// Checks the CRM's end state against the journal: every verified cluster's victims gone and
    /// snapshotted, its victor holding what was sent, every other customer untouched.
    static func expectEndState(_ r: Rehearsal, _ after: [String: JSONObject]) throws {
        var touched: Set<String> = []
        for entry in try r.journal where entry.state == .verified {
            touched.insert(entry.victorID)
            let victor = try #require(after[entry.victorID], "victor \(entry.victorID) is gone")
            let merged = Set((victor["merged_customer_ids"]?.arrayValue ?? []).compactMap(\.stringValue))
            for victim in entry.victimIDs {
                touched.insert(victim)
                #expect(after[victim] == nil, "victim \(victim) still exists")
                #expect(merged.contains(victim))
                #expect(try r.snapshots(of: victim).count == 1, "no single snapshot of \(victim)")
            }
            guard let text = entry.requestBody, case .object(let body) = try JSONValue(parsing: text) else {
                Issue.record("cluster \(entry.clusterID) has no request body")
                continue
            }
            // Plain fields as sent; appended lists (phones, emails, addresses, events) are checked
            // by `mergesKeepEverything`.
            for member in body where !["merge_customer_ids", "phones", "emails", "addresses", "events"].contains(member.key)
                && !member.key.hasPrefix("overwrite_") {
                #expect(victor[member.key] == member.value, "\(member.key) of \(entry.victorID)")
            }
            if body["overwrite_phones"] == .bool(true) {
                #expect(Set(victor["phones"]?.arrayValue ?? []) == Set(body["phones"]?.arrayValue ?? []))
            }
        }
        for (id, raw) in r.before where !touched.contains(id) {
            let now = try #require(after[id], "untouched customer \(id) is gone")
            #expect(JSONValue.object(now) == (try JSONValue(parsing: raw)), "customer \(id) changed")
        }
    }

    @Test("--dry-run sends only GETs and journals nothing; apply --auto then merges exactly those, verified")
    func dryRunThenAutoMerge() throws {
        let r = try Self.rehearsal()
        defer { r.stop() }
        let putsBefore = r.sandbox.log.split(separator: "\n").filter { !$0.hasPrefix("GET ") && !$0.hasPrefix("POST ") }.count
        let dry = try r.apply(["--auto", "--dry-run", "--out", r.cli.path("plan.jsonl")])
        #expect(dry.status == 0, "\(dry.stderr)")
        let plan = try r.cli.read("plan.jsonl").split(separator: "\n")
        #expect(!plan.isEmpty)
        #expect(plan.allSatisfy { $0.contains(#""method":"PUT""#) && $0.contains("merge_customer_ids") })
        #expect(dry.stdout.contains("would send     \(plan.count) merges"))
        let writes = r.sandbox.log.split(separator: "\n").filter { !$0.hasPrefix("GET ") && !$0.hasPrefix("POST ") }.count
        #expect(writes == putsBefore, "a dry run sent something other than GETs")
        #expect(try r.journal.isEmpty)

        let applied = try r.apply(["--auto"])
        #expect(applied.status == 0, "\(applied.stderr)")
        #expect(applied.stdout.contains("merged         \(plan.count)"))
        let journal = try r.journal
        #expect(journal.count == plan.count)
        #expect(journal.allSatisfy { $0.state == .verified && $0.attempts == 1 })
        try Self.expectEndState(r, try r.after())
        #expect(r.effectivePUTs.values.allSatisfy { $0 == 1 })

        let again = try r.apply(["--auto"])
        #expect(again.stdout.contains("already done   \(plan.count)"))
        #expect(r.effectivePUTs.values.allSatisfy { $0 == 1 })

        let victim = try #require(journal.first?.victimIDs.first)
        let restore = try r.run(["restore", "--customer", victim])
        #expect(restore.status == 0)
        #expect(restore.stdout.contains(#""id": "\#(victim)""#))
        let listing = try r.run(["journal"])
        #expect(listing.stdout.contains("verified \(plan.count)"))

        // A wrong merge repaired by hand: the victim's snapshot posted back as a new customer.
        let recreated = try r.run(["restore", "--customer", victim, "--recreate", "--api-url", r.sandbox.url])
        #expect(recreated.status == 0, "\(recreated.stderr)")
        let newID = try #require(recreated.stdout.split(separator: ":").last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        let snapshot = try #require(try r.snapshots(of: victim).first)
        guard case .object(let old) = try JSONValue(parsing: snapshot.json) else { throw CocoaError(.coderInvalidValue) }
        let now = try #require(try r.after("after-restore.sqlite")[newID])
        #expect(now["last_name"] == old["last_name"])
        #expect(now["first_name"] == old["first_name"])
        #expect(newID != victim)
        for output in [dry, applied, again, restore, listing, recreated] {
            #expect(!output.stdout.contains(Self.key) && !output.stderr.contains(Self.key))
        }
    }

    @Test("after a sync, apply --auto merges an incremental run's clusters, those it holds by reference and those it rebuilt, once each, verified")
    func applyAfterIncrementalRun() throws {
        let r = try Self.rehearsal()
        defer { r.stop() }
        // Others change the CRM; the store follows through the Sync API; the next run is incremental.
        try r.simulateChanges(#"{"changes": 60, "seed": 9}"#)
        let sync = try r.run(["sync", "--api-url", r.sandbox.url, "--retry-base-ms", "5", "--rate", "500", "--quiet"])
        #expect(sync.status == 0, "\(sync.stderr)")
        let run = try r.run(["run", "--rules", try r.cli.writeFastRules(), "--quiet", "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let incremental = try #require(summary["incremental"] as? [String: Any], "\(run.stdout)")
        #expect(incremental["carried_clusters"] as? Int ?? 0 > 0 && incremental["rebuilt_clusters"] as? Int ?? 0 > 0, "\(incremental)")
        let store = try CustomerStore(path: r.cli.path("store.sqlite"))
        let baseHighest = try store.highestClusterID(runID: 1)
        let synced = Dictionary(uniqueKeysWithValues: try store.loadCustomersRaw().map { ($0.id, $0.raw) })

        let dry = try r.apply(["--auto", "--dry-run", "--out", r.cli.path("plan.jsonl")])
        #expect(dry.status == 0, "\(dry.stderr)")
        let planned = try r.cli.read("plan.jsonl").split(separator: "\n").count
        let applied = try r.apply(["--auto"])
        #expect(applied.status == 0, "\(applied.stderr)")
        #expect(applied.stdout.contains("merged         \(planned)"), "\(applied.stdout)")
        let journal = try r.journal
        #expect(journal.count == planned && journal.allSatisfy { $0.runID == 2 && $0.state == .verified && $0.attempts == 1 })
        // Both kinds were merged: clusters run 2 carries keep run 1's numbers, rebuilt ones are numbered above.
        #expect(journal.contains { $0.clusterID <= baseHighest } && journal.contains { $0.clusterID > baseHighest },
                "\(journal.map(\.clusterID)) against run 1's highest \(baseHighest)")
        try Self.expectEndState(Rehearsal(cli: r.cli, sandbox: r.sandbox, before: synced), try r.after())
        #expect(r.effectivePUTs.values.allSatisfy { $0 == 1 })
    }

    /// A number printed before `label` in apply's summary (`… 12 member GETs`).
    static func count(_ label: String, in text: String) -> Int? {
        guard let range = text.range(of: #"[0-9,]+ "# + label, options: .regularExpression) else { return nil }
        return Int(text[range].split(separator: " ")[0].replacingOccurrences(of: ",", with: ""))
    }

    @Test("the Sync API cursor export recorded lets apply fetch only the members changed since: one PUT per merge, the rest by sample")
    func changeFeedSavesRequests() throws {
        let r = try Self.rehearsal()
        defer { r.stop() }
        // Staff edit customers after the export (memo changes, through the sandbox's admin call).
        try r.simulateChanges(#"{"edits": 60, "seed": 4}"#)

        // The customers the staff edited, as the Sync API names them: read before apply, whose
        // own PUTs are 'updated' events too.
        let feed = r.sandbox.url.replacingOccurrences(of: "/api/crm/v1", with: "/api/sync/v1/sync_events?limit=1000")
        let get = Process()
        get.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        get.arguments = ["-sf", "-H", "Authorization: Bearer \(Self.key)", feed]
        let pipe = Pipe()
        get.standardOutput = pipe
        try get.run()
        let body = pipe.fileHandleForReading.readDataToEndOfFile()
        get.waitUntilExit()
        guard case .object(let page) = try JSONValue(parsing: String(decoding: body, as: UTF8.self)) else {
            Issue.record("the sync feed did not answer an object")
            return
        }
        let editedIDs = Set((page["sync_events"]?.arrayValue ?? []).compactMap { event -> String? in
            guard case .object(let o) = event, o["event_type"]?.stringValue == "updated" else { return nil }
            return o["syncable_id"]?.stringValue
        })
        #expect(editedIDs.count >= 55)
        // What the staff's edits left in the CRM: a memo, or one more phone or email.
        let edited = try r.after("before-apply.sqlite").filter { editedIDs.contains($0.key) }

        let applied = try r.apply(["--auto"])
        #expect(applied.status == 0, "\(applied.stderr)")
        let out = applied.stdout
        let mergedLine = try #require(out.range(of: #"merged +[0-9,]+"#, options: .regularExpression), "\(out)")
        let merged = try #require(Int(out[mergedLine].split(separator: " ").last!.replacingOccurrences(of: ",", with: "")))
        let changed = try #require(Self.count("customers changed since export", in: out), "\(out)")
        let memberGETs = try #require(Self.count("member GETs", in: out), "\(out)")
        let puts = try #require(Self.count("PUTs", in: out))
        #expect(merged > 20)
        #expect(puts == merged)
        // The edits are in the feed; only changed members (a few of the edited customers are in
        // a cluster) were fetched again, never every member.
        #expect(changed >= 55, "\(out)")
        #expect(memberGETs <= changed, "\(out)")
        #expect(memberGETs < merged, "\(out)")
        // Every merge verified, none twice; the edited memo is what the victor now holds
        // wherever an edited customer was a member (a stale record was not written back).
        // Every merge verified, except clusters a change broke up, skipped and said why.
        let journal = try r.journal
        for entry in journal where entry.state != .verified {
            #expect(entry.state == .skipped && (entry.reason ?? "").hasPrefix("changed since export"), "\(entry)")
        }
        #expect(journal.filter { $0.state == .verified }.count == merged)
        #expect(r.effectivePUTs.values.allSatisfy { $0 == 1 })
        // A victor edited after the export keeps the edit: its stale stored record was not sent.
        let after = try r.after()
        let editedVictors = try r.journal.filter { $0.state == .verified }.map(\.victorID).filter(editedIDs.contains)
        #expect(!editedVictors.isEmpty, "no edited customer was a victor: the check below checks nothing")
        for id in editedVictors {
            let was = try #require(edited[id]), now = try #require(after[id])
            let memo: String = now["memo"]?.stringValue ?? ""
            if let staffMemo = was["memo"]?.stringValue, staffMemo.hasPrefix("edited by staff") {
                #expect(memo.contains(staffMemo), "victor \(id) lost the staff's memo")
            }
            for field in ["phones", "emails"] {
                let kept = Set((now[field]?.arrayValue ?? []).compactMap(\.stringValue))
                for value in (was[field]?.arrayValue ?? []).compactMap(\.stringValue) {
                    #expect(kept.contains(value), "victor \(id) lost \(field) entry \(value)")
                }
            }
        }
    }

    @Test("with 500s, dropped answers and a rate limit on, the end state is the same and no merge is carried out twice")
    func faultsGiveTheSameEndState() throws {
        let r = try Self.rehearsal(sandboxArguments: ["--seed", "11"])
        defer { r.stop() }
        // Faults switched on only now: the export and run above saw a clean API.
        let faulty = try SandboxProcess(cli: r.cli, arguments: [
            "--db", r.cli.path("store.sqlite"), "--api-key", Self.key, "--merge-delay", "0",
            "--fail-rate", "0.15", "--drop-rate", "0.15", "--rate-limit", "200", "--seed", "5",
        ], name: "faulty")
        defer { faulty.stop() }
        let f = Rehearsal(cli: r.cli, sandbox: faulty, before: r.before)
        var applied = try f.apply(["--auto", "--rate", "300"])
        // A merge answered 500 every time it was sent changed nothing: it is left for the next
        // apply (exit code 2 says some failed), which must finish it.
        if applied.status == 2 {
            #expect(applied.stdout.contains("never took effect; the next apply tries again"))
            applied = try f.apply(["--auto", "--rate", "300"])
        }
        #expect(applied.status == 0, "\(applied.stderr)\n\(applied.stdout)")
        #expect(faulty.log.contains(" 500 "))
        #expect(faulty.log.contains("dropped"))
        let journal = try f.journal
        #expect(!journal.isEmpty)
        #expect(journal.allSatisfy { $0.state == .verified }, "\(journal.filter { $0.state != .verified })")
        try Self.expectEndState(f, try f.after())
        #expect(f.effectivePUTs.values.allSatisfy { $0 == 1 }, "\(f.effectivePUTs.filter { $0.value != 1 })")
    }

    /// The real process exit, once, at the step where the PUT has happened; every other step
    /// is resumed in-process in `MergingTests/CrashResumeTests` and `KillAtEveryStepTests`.
    /// Clusters go in parallel (the default --concurrency at this rate), so the kill leaves
    /// several `sent`: some PUTs out, some not yet.
    @Test("killed after a send, a second apply ends in the same state without merging twice",
          arguments: ["sent:4"])
    func crashThenResume(point: String) throws {
        let r = try Self.rehearsal()
        defer { r.stop() }
        let crashed = try r.apply(["--auto"], environment: ["TCDEDUPE_APPLY_CRASH": point])
        #expect(crashed.status == 75)
        let interrupted = try r.journal
        let open = interrupted.filter { $0.state == (point.hasPrefix("sent") ? .sent : .snapshotted) }
        #expect(open.count >= 1)
        // The killed apply's lock is still there; the next apply takes it over and releases it.
        #expect(try CustomerStore(path: r.cli.path("store.sqlite")).applyLockHolder() != nil)
        let resumed = try r.apply(["--auto"])
        #expect(try CustomerStore(path: r.cli.path("store.sqlite")).applyLockHolder() == nil)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let journal = try r.journal
        #expect(journal.allSatisfy { $0.state == .verified })
        if point.hasPrefix("sent") {
            #expect(resumed.stdout.contains("of them found sent by an interrupted apply, checked and verified (not sent again)"))
        }
        try Self.expectEndState(r, try r.after())
        #expect(r.effectivePUTs.values.allSatisfy { $0 == 1 })
    }

    @Test("two applies started together on one database: one merges, the other stops at once naming it; no PUT twice")
    func twoAppliesAtOnce() throws {
        let r = try Self.rehearsal()
        defer { r.stop() }
        // Every answer takes 250 ms, so the apply that gets the lock holds it for seconds.
        let slow = try SandboxProcess(cli: r.cli, arguments: [
            "--db", r.cli.path("store.sqlite"), "--api-key", Self.key, "--merge-delay", "0", "--slow-rate", "1", "--slow-ms", "250",
        ], name: "slow")
        defer { slow.stop() }
        let f = Rehearsal(cli: r.cli, sandbox: slow, before: r.before)
        // Both processes are launched before either is waited for.
        let arguments = ["apply", "--api-url", slow.url, "--retry-base-ms", "5", "--rate", "500", "--quiet", "--auto",
                         "--limit", "3", "--db", "store.sqlite"]
        let launched = try (0..<2).map { _ in try f.cli.launch(arguments, environment: ["TABLECHECK_API_KEY": Self.key]) }
        let outputs = launched.map { $0() }
        let both = outputs.sorted { $0.status < $1.status }
        try #require(both.count == 2)
        #expect(both.map(\.status) == [0, 1], "\(both.map(\.stderr))")
        let refused = both[1]
        #expect(refused.stderr.contains("another tcdedupe apply is running on"))
        #expect(refused.stderr.range(of: #"pid \d+ on .+, started \d{4}-\d\d-\d\dT"#, options: .regularExpression) != nil,
                "\(refused.stderr)")
        #expect(refused.stdout.isEmpty)
        #expect(both[0].stdout.contains("merged         3"))

        let journal = try f.journal
        #expect(journal.count == 3)
        #expect(journal.allSatisfy { $0.state == .verified && $0.attempts == 1 })
        let puts = slow.log.split(separator: "\n").filter { $0.hasPrefix("PUT ") }
        #expect(puts.count == 3)
        #expect(f.effectivePUTs.values.allSatisfy { $0 == 1 })
        // Released at the end: the next apply runs.
        let next = try f.apply(["--auto", "--limit", "1"])
        #expect(next.status == 0, "\(next.stderr)")
    }

    @Test("victims that answer for seconds after the merge: unverified past --verify-timeout (exit 4, not 2); apply --verify then verifies them, no second PUT")
    func lateCompletion() throws {
        let r = try Self.rehearsal()
        defer { r.stop() }
        let lagging = try SandboxProcess(cli: r.cli, arguments: [
            "--db", r.cli.path("store.sqlite"), "--api-key", Self.key, "--merge-delay", "0", "--victims-linger-ms", "3000",
        ], name: "lagging")
        defer { lagging.stop() }
        let f = Rehearsal(cli: r.cli, sandbox: lagging, before: r.before)
        let first = try f.apply(["--auto", "--limit", "2", "--verify-timeout", "0.2", "--check-victims", "1"])
        #expect(first.status == 4, "\(first.stderr)\n\(first.stdout)")
        #expect(first.stdout.contains("unverified     2"))
        #expect(first.stdout.contains("failed         0"))
        #expect(try f.journal.map(\.state) == [.unverified, .unverified])

        let checked = try f.apply(["--auto", "--verify", "--verify-timeout", "30"])
        #expect(checked.status == 0, "\(checked.stderr)\n\(checked.stdout)")
        #expect(checked.stdout.contains("merged         2"))
        #expect(checked.stdout.contains("2 of them left unverified or failed by an earlier apply"))
        let journal = try f.journal
        #expect(journal.count == 2)
        #expect(journal.allSatisfy { $0.state == .verified && $0.attempts == 1 })
        #expect(lagging.log.split(separator: "\n").filter { $0.hasPrefix("PUT ") }.count == 2)
        try Self.expectEndState(f, try f.after())
    }

    @Test("5 % 500s, 2 % drops, victims answering for 3 s, killed mid-way, four clusters at once: every cluster verified once; another apply changes nothing")
    func faultsKillAndLateVictimsInParallel() throws {
        let r = try Self.rehearsal(sandboxArguments: ["--seed", "13"])
        defer { r.stop() }
        let faulty = try SandboxProcess(cli: r.cli, arguments: [
            "--db", r.cli.path("store.sqlite"), "--api-key", Self.key, "--merge-delay", "0",
            "--fail-rate", "0.05", "--drop-rate", "0.02", "--victims-linger-ms", "3000", "--seed", "7",
        ], name: "faulty-parallel")
        defer { faulty.stop() }
        let f = Rehearsal(cli: r.cli, sandbox: faulty, before: r.before)
        let options = ["--auto", "--concurrency", "4", "--check-victims", "0.2"]
        let killed = try f.apply(options, environment: ["TCDEDUPE_APPLY_CRASH": "sent:5"])
        #expect(killed.status == 75, "\(killed.stderr)")
        var resumed = try f.apply(options)
        if resumed.status == 2 {
            // A merge answered 500 every time it went out changed nothing: the next apply sends it.
            #expect(resumed.stdout.contains("never took effect; the next apply tries again"))
            resumed = try f.apply(options)
        }
        #expect(resumed.status == 0, "\(resumed.stderr)\n\(resumed.stdout)")
        #expect(resumed.stdout.contains("per merged cluster"))
        let journal = try f.journal
        #expect(!journal.isEmpty)
        #expect(journal.allSatisfy { $0.state == .verified }, "\(journal.filter { $0.state != .verified })")
        try Self.expectEndState(f, try f.after())
        #expect(f.effectivePUTs.values.allSatisfy { $0 == 1 }, "\(f.effectivePUTs.filter { $0.value != 1 })")

        let putsBefore = faulty.log.split(separator: "\n").filter { $0.hasPrefix("PUT ") }.count
        let again = try f.apply(options)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("already done   \(journal.count)"))
        #expect(faulty.log.split(separator: "\n").filter { $0.hasPrefix("PUT ") }.count == putsBefore)
    }

    @Test("apply refuses to start without saying what to merge")
    func needsASelection() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.run(["apply", "--api-url", "http://127.0.0.1:9/api/crm/v1"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("exactly one of --auto, --auto-threshold X, --approved"))
    }
}

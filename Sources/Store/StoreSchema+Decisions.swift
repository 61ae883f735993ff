extension StoreSchema {
    /// The current decision on one suggested merge of a run (see `CustomerStore+Decisions.swift`):
    /// approved, rejected, or undecided (edited only). `victor_id` and `victim_ids` are the merge
    /// as the reviewer left it, so `apply --approved` needs nothing else; `chosen_victor_id` is
    /// set only when the reviewer picked the victor by hand; `removed_member_ids` and
    /// `victim_ids` are JSON arrays of ids; `plan_body` is the PUT body resolved for that merge.
    static let decisionsMigration = """
        CREATE TABLE decisions (
            run_id             INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            cluster_id         INTEGER NOT NULL,
            decision           TEXT NOT NULL CHECK (decision IN ('approved', 'rejected', 'undecided')),
            victor_id          TEXT NOT NULL,
            victim_ids         TEXT NOT NULL,
            chosen_victor_id   TEXT,
            removed_member_ids TEXT NOT NULL,
            plan_body          TEXT,
            reviewer           TEXT NOT NULL,
            decided_at         TEXT NOT NULL,
            PRIMARY KEY (run_id, cluster_id)
        );
        """
}

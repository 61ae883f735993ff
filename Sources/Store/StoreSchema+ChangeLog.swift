extension StoreSchema {
    /// The customer change log: every insert, update and delete of a customer row appends the
    /// customer's id (and, for an update or delete, the raw JSON it had before), whoever wrote
    /// it (import, export, sync, apply's bookkeeping, raw SQL). An incremental run reads what
    /// changed since its base from here instead of reading every customer, and the row's old
    /// JSON gives the blocking keys the base saw, so that blocks which shrank are found.
    ///
    /// The triggers (``changeLogTriggers``) are created only when a full run switches the log on
    /// (`change_log_switch`), not by this migration: with the triggers in place but switched off
    /// by a `WHEN` clause, importing a fresh 1.65M base took 25 s instead of 16 (twice the system
    /// time), for nothing logged. Each full run drops the entries
    /// before its position. Storing the same JSON again (a full re-export) is no change and is
    /// not logged.
    static let changeLogMigration = """
        CREATE TABLE customer_changes (
            seq         INTEGER PRIMARY KEY AUTOINCREMENT,
            customer_id TEXT NOT NULL,
            old_raw     TEXT
        );
        CREATE INDEX customer_changes_by_customer ON customer_changes(customer_id, seq);
        CREATE TABLE change_log_switch (on_since TEXT NOT NULL);
        """

    /// What logs the changes, created by ``CustomerStore/startChangeLog()`` and kept from then on.
    static let changeLogTriggers = """
        CREATE TRIGGER IF NOT EXISTS customers_log_insert AFTER INSERT ON customers
            BEGIN INSERT INTO customer_changes (customer_id, old_raw) VALUES (NEW.id, NULL); END;
        CREATE TRIGGER IF NOT EXISTS customers_log_update AFTER UPDATE ON customers
            WHEN OLD.raw IS NOT NEW.raw OR OLD.id IS NOT NEW.id
            BEGIN
                INSERT INTO customer_changes (customer_id, old_raw) VALUES (OLD.id, OLD.raw);
                INSERT INTO customer_changes (customer_id, old_raw) SELECT NEW.id, NULL WHERE NEW.id <> OLD.id;
            END;
        CREATE TRIGGER IF NOT EXISTS customers_log_delete AFTER DELETE ON customers
            BEGIN INSERT INTO customer_changes (customer_id, old_raw) VALUES (OLD.id, OLD.raw); END;
        """
}

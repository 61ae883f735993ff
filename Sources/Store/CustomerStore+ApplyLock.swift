/// One `apply` per database at a time.
///
/// Two applies on one journal would each see the other's clusters as "not sent yet" or "sent,
/// check it", and send merges twice. So `apply` takes this lock before it plans anything, and
/// a second one is refused at once with the holder named.
///
/// **Why a row in the database, not an `flock` on a sidecar file.** An `flock` is released by
/// the kernel when its process dies, which is pleasant, but it guards a *different file* from
/// the journal it protects: a sidecar that is deleted, not copied with the database, or left
/// behind on a file system without working `flock` (NFS, some container mounts) silently lets
/// a second apply in, and it cannot name its holder without a second mechanism anyway. The row
/// lives in the same SQLite file as the journal, is read and written in one `BEGIN IMMEDIATE`
/// transaction (so two applies that start together are serialized by SQLite's own write lock
/// and exactly one wins), travels with the file, and names the holder. Its one weakness — a
/// killed apply leaves the row behind — is handled by ``ProcessIdentity``: the row records the
/// pid *and* a token of host, boot id and process start time, and it is taken over only when
/// that process is certainly gone (no such pid, or the pid now belongs to a process that
/// started at another time or in another boot). A holder on another host is never taken for
/// gone: its process cannot be seen from here, and guessing wrong would mean double merges.
extension CustomerStore {
    /// Takes the apply lock for this process, or says who holds it.
    public func acquireApplyLock() throws(StoreError) -> ApplyLockOutcome {
        try acquireApplyLock(as: ProcessIdentity.current)
    }

    /// Releases the lock if this process holds it (a lock taken over by someone else is left alone).
    public func releaseApplyLock() throws(StoreError) {
        try releaseApplyLock(as: ProcessIdentity.current)
    }

    /// The current holder, if any (for `status` and for tests).
    public func applyLockHolder() throws(StoreError) -> ApplyLockHolder? {
        let statement = try db.prepare("SELECT process_id, process_token, acquired_at FROM apply_lock WHERE id = 1")
        guard try statement.step() else { return nil }
        let token = statement.text(1) ?? ""
        return ApplyLockHolder(processID: statement.int64(0), host: Self.host(of: token),
                               acquiredAt: statement.text(2) ?? "", processToken: token)
    }

    func acquireApplyLock(as me: ProcessIdentity) throws(StoreError) -> ApplyLockOutcome {
        try db.transaction { () throws(StoreError) -> ApplyLockOutcome in
            let previous = try applyLockHolder()
            // Not re-entrant: a row naming this very process is another apply in it (a test
            // running two at once), and is refused like any live holder.
            if let previous, !ProcessIdentity.isGone(pid: previous.processID, token: previous.processToken) {
                return .heldBy(previous)
            }
            let write = try db.prepare("""
                INSERT OR REPLACE INTO apply_lock (id, process_id, process_token, acquired_at) VALUES (1, ?1, ?2, ?3)
                """)
            try write.bind(me.pid, at: 1)
            try write.bind(me.token, at: 2)
            try write.bind(try db.now(), at: 3)
            try write.step()
            return .acquired(tookOverFrom: previous)
        }
    }

    func releaseApplyLock(as me: ProcessIdentity) throws(StoreError) {
        let delete = try db.prepare("DELETE FROM apply_lock WHERE id = 1 AND process_id = ?1 AND process_token = ?2")
        try db.transaction { () throws(StoreError) in
            try delete.bind(me.pid, at: 1)
            try delete.bind(me.token, at: 2)
            try delete.step()
        }
    }

    private static func host(of token: String) -> String {
        String(token.split(separator: "|", omittingEmptySubsequences: false).first ?? "")
    }
}

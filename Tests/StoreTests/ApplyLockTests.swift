import Foundation
import Testing
import TestSupport
@testable import Store

/// One `apply` per database: the lock row, its holder, and a killed holder's lock taken over.
@Suite("The apply lock")
struct ApplyLockTests {
    /// A child process that lives until killed, and its identity as the lock row records it.
    private func sleeper() throws -> (process: Process, identity: ProcessIdentity) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sleep")
        process.arguments = ["600"]
        try process.run()
        let identity = try #require(ProcessIdentity.of(pid: Int64(process.processIdentifier)))
        return (process, identity)
    }

    @Test("a live holder refuses a second apply and is named; released, the lock can be taken")
    func heldThenReleased() throws {
        let folder = try TemporaryFolder()
        let store = try CustomerStore(path: folder.file("tc.db"))
        #expect(try store.acquireApplyLock() == .acquired(tookOverFrom: nil))
        guard case .heldBy(let holder) = try CustomerStore(path: folder.file("tc.db")).acquireApplyLock() else {
            Issue.record("a second apply in the same process got the lock")
            return
        }
        #expect(holder.processID == Int64(ProcessInfo.processInfo.processIdentifier))
        #expect(holder.description.contains("pid \(holder.processID) on \(ProcessInfo.processInfo.hostName)"))
        #expect(!holder.acquiredAt.isEmpty && holder.description.contains(holder.acquiredAt))
        try store.releaseApplyLock()
        #expect(try store.applyLockHolder() == nil)
        #expect(try store.acquireApplyLock() == .acquired(tookOverFrom: nil))
    }

    @Test("the lock of another process that is alive is refused; once it is killed, it is taken over")
    func killedHolderTakenOver() throws {
        let folder = try TemporaryFolder()
        let store = try CustomerStore(path: folder.file("tc.db"))
        let (child, identity) = try sleeper()
        #expect(try store.acquireApplyLock(as: identity) == .acquired(tookOverFrom: nil))
        guard case .heldBy(let holder) = try store.acquireApplyLock() else {
            child.terminate()
            Issue.record("a live holder's lock was taken")
            return
        }
        #expect(holder.processID == identity.pid)

        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        guard case .acquired(let previous?) = try store.acquireApplyLock() else {
            Issue.record("the killed holder's lock was not taken over")
            return
        }
        #expect(previous.processID == identity.pid)
        #expect(try store.applyLockHolder()?.processID == Int64(ProcessInfo.processInfo.processIdentifier))
    }

    @Test("a pid reused by another process does not keep a dead apply's lock; a holder on another host is never taken over")
    func reusedPidAndOtherHost() throws {
        let folder = try TemporaryFolder()
        let store = try CustomerStore(path: folder.file("tc.db"))
        let me = ProcessIdentity.current
        let parts = me.token.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        // This process's pid (alive) with another start time: the apply that held it is gone.
        let reused = ProcessIdentity(pid: me.pid, token: [parts[0], parts.count > 1 ? parts[1] : "", "1"].joined(separator: "|"))
        _ = try store.acquireApplyLock(as: reused)
        guard case .acquired(let previous?) = try store.acquireApplyLock() else {
            Issue.record("the lock of a process whose pid was reused was not taken over")
            return
        }
        #expect(previous.processToken == reused.token)

        try store.releaseApplyLock()
        let elsewhere = ProcessIdentity(pid: 1, token: "another-host.example|boot|42")
        _ = try store.acquireApplyLock(as: elsewhere)
        guard case .heldBy(let holder) = try store.acquireApplyLock() else {
            Issue.record("a holder on another host was taken for gone")
            return
        }
        #expect(holder.host == "another-host.example")
        #expect(holder.description.contains("pid 1 on another-host.example"))
    }
}

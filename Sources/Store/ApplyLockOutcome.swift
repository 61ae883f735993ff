/// What asking for the apply lock gave.
public enum ApplyLockOutcome: Sendable, Equatable {
    /// This process holds the lock now. `tookOverFrom` names the killed apply whose lock it
    /// replaced, when there was one.
    case acquired(tookOverFrom: ApplyLockHolder?)
    /// Another apply, alive (or on another host, so not known to be gone), holds it.
    case heldBy(ApplyLockHolder)
}

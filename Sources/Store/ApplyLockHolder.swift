/// The `apply` that holds a database's apply lock, as the lock row names it: enough for a
/// person to find the process (`ps -p PID` on that host) and decide what to do.
public struct ApplyLockHolder: Sendable, Equatable, CustomStringConvertible {
    public var processID: Int64
    /// The host name the process runs on.
    public var host: String
    /// When it took the lock (ISO 8601, UTC).
    public var acquiredAt: String
    /// `host|boot id|start ticks` (see ``ProcessIdentity``): tells this process from a later
    /// one that reuses its pid.
    var processToken: String

    public var description: String { "pid \(processID) on \(host.isEmpty ? "an unknown host" : host), started \(acquiredAt)" }
}

/// Where a matching run stands.
public enum RunState: String, Sendable, Equatable {
    case finished
    /// Still going: its process is alive (or on another host, where it cannot be checked).
    case running
    /// It will never finish: its process is gone. The next run deletes its partial clusters.
    case interrupted
}

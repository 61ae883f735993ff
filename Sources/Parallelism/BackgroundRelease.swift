import Dispatch

/// Lets go of large values on a background thread.
///
/// A full run over 1.65 million customers ends holding millions of small strings and arrays
/// (the mapped fields, the normalized records, the match result). Freeing them one by one kept
/// the calling thread busy for seconds after the run's work was done, before its summary could
/// be printed. Handed here, they are freed while the caller goes on; a process that exits first
/// leaves them to the operating system, which takes the whole heap back at once.
public enum BackgroundRelease {
    /// Takes `value` (the caller's last reference to it) and drops it on a background thread.
    public static func release<Value: Sendable>(_ value: consuming Value) {
        let box = Box(value)
        DispatchQueue.global(qos: .utility).async { box.empty() }
    }

    /// Holds the value until the background thread empties it.
    private final class Box<Value: Sendable>: @unchecked Sendable {
        private var value: Value?

        init(_ value: consuming Value) { self.value = value }

        /// Called once, on the background thread, after the caller has let go of the box's value.
        func empty() { value = nil }
    }
}

/// How long `apply` waits for a merge to complete before it calls it `unverified`.
///
/// The API page says a merge completes asynchronously: victims may go on answering 200 for a
/// while after the PUT was accepted. So the check after a PUT is repeated with a growing pause
/// (`firstPause`, doubling up to `maximumPause`) until it passes or `timeout` has gone by since
/// the first check. A cluster still incomplete then is journalled `unverified`, not `failed`.
public struct VerifyPatience: Sendable, Equatable {
    /// `--verify-timeout`: the most time spent re-checking one merge.
    public var timeout: Duration
    public var firstPause: Duration
    public var maximumPause: Duration

    public init(timeout: Duration = .seconds(30), firstPause: Duration = .milliseconds(250), maximumPause: Duration = .seconds(4)) {
        self.timeout = timeout
        self.firstPause = firstPause
        self.maximumPause = maximumPause
    }
}

/// The port the server bound, known only once it listens (port 0 picks a free one).
///
/// ``ReviewServer/start(_:)`` waits here for the port or for the server's failure to start
/// (address in use, no permission), and the request guard reads it to know its own origin.
actor BoundPort {
    private var result: Result<Int, Error>?
    private var waiters: [CheckedContinuation<Int, Error>] = []

    func set(_ port: Int) { finish(.success(port)) }

    func fail(_ error: Error) { finish(.failure(error)) }

    /// The bound port; 0 while not bound yet.
    var current: Int { (try? result?.get()) ?? 0 }

    /// Waits until the server listens, or throws why it could not.
    func value() async throws -> Int {
        if let result { return try result.get() }
        return try await withCheckedThrowingContinuation { waiters.append($0) }
    }

    private func finish(_ outcome: Result<Int, Error>) {
        guard result == nil else { return }
        result = outcome
        for waiter in waiters { waiter.resume(with: outcome) }
        waiters = []
    }
}

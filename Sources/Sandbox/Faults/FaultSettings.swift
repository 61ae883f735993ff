/// The failures the sandbox injects, so the client's retries, resumes and checks get exercised.
///
/// Rates are fractions of requests (0.1 = one in ten), drawn from a generator seeded with
/// ``seed``: the same seed and the same sequence of requests give the same faults.
public struct FaultSettings: Sendable, Hashable {
    /// Answered 500 without doing anything.
    public var failRate: Double
    /// Connection closed without an answer, **after** the request was carried out (so a PUT
    /// did happen: the client must not assume it did not).
    public var dropRate: Double
    /// Answered only after ``slowMilliseconds``.
    public var slowRate: Double
    public var slowMilliseconds: Int
    /// Requests per second accepted before answering 429 with `Retry-After` (nil: no limit).
    public var rateLimit: Int?
    /// When the sandbox has served this many scroll pages, every open scroll expires, once
    /// (nil: scrolls expire only by their TTL). For tests of expiry that must not wait minutes.
    public var expireScrollsAtPage: Int?
    public var seed: UInt64

    public init(failRate: Double = 0, dropRate: Double = 0, slowRate: Double = 0, slowMilliseconds: Int = 500,
                rateLimit: Int? = nil, expireScrollsAtPage: Int? = nil, seed: UInt64 = 1) {
        self.failRate = failRate
        self.dropRate = dropRate
        self.slowRate = slowRate
        self.slowMilliseconds = slowMilliseconds
        self.rateLimit = rateLimit
        self.expireScrollsAtPage = expireScrollsAtPage
        self.seed = seed
    }

    public static let none = FaultSettings()
}

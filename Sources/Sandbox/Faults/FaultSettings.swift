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
    /// Answered 503 with `Retry-After: unavailableRetryAfter` without doing anything (a
    /// service in maintenance). Drawn only when above 0, so older seeds keep their faults.
    public var unavailableRate: Double
    /// Seconds the 503's `Retry-After` asks for.
    public var unavailableRetryAfter: Int
    /// Requests per second accepted before answering 429 with `Retry-After` (nil: no limit).
    public var rateLimit: Int?
    /// When the sandbox has served this many scroll pages, every open scroll expires, once
    /// (nil: scrolls expire only by their TTL). For tests of expiry that must not wait minutes.
    public var expireScrollsAtPage: Int?
    /// A scroll that stops working for good: the request for the page after this many pages
    /// of a scroll answers ``breakScrollStatus`` (500, 422, …), and so does every later request
    /// with a `scroll_id` of that scroll (nil: no scroll breaks). Only the first
    /// ``breakScrollCount`` scrolls break; a new scroll works. The answer does not say
    /// `scroll_expired`: a client must cope with a dead scroll whatever it is answered.
    public var breakScrollAtPage: Int?
    /// After a merge, its victims go on answering `GET /customers/{id}` with their old record
    /// for this long (0: they answer 404 at once). The API page says a merge completes
    /// asynchronously; a client must wait for it rather than take it for failed.
    public var victimLinger: Duration
    public var breakScrollStatus: Int
    public var breakScrollCount: Int
    public var seed: UInt64

    public init(failRate: Double = 0, dropRate: Double = 0, slowRate: Double = 0, slowMilliseconds: Int = 500,
                rateLimit: Int? = nil, expireScrollsAtPage: Int? = nil, unavailableRate: Double = 0, unavailableRetryAfter: Int = 1,
                breakScrollAtPage: Int? = nil, breakScrollStatus: Int = 500, breakScrollCount: Int = 1,
                victimLinger: Duration = .zero, seed: UInt64 = 1) {
        self.victimLinger = victimLinger
        self.breakScrollAtPage = breakScrollAtPage
        self.breakScrollStatus = breakScrollStatus
        self.breakScrollCount = breakScrollCount
        self.unavailableRate = unavailableRate
        self.unavailableRetryAfter = unavailableRetryAfter
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

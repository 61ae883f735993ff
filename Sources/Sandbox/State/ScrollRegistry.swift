/// Open scrolls of `customer_search`: which ids each one walks, and when it was last used.
///
/// A scroll takes a snapshot of the matching ids when it starts, like a search engine's scroll
/// context. Each page answers a new `scroll_id` naming the scroll and the next offset; an
/// older `scroll_id` of a live scroll still gives its page again (a retry after a lost answer
/// is harmless). A scroll unused for the TTL expires; and with the fault setting
/// `expireAtPage`, every open scroll expires once, when the sandbox has served that many pages.
struct ScrollRegistry {
    struct Scroll {
        var ids: [String]
        var lastUsed: ContinuousClock.Instant
    }

    private var scrolls: [UInt64: Scroll] = [:]
    private var nextKey: UInt64 = 1
    /// Scroll pages served since start, for the one-time expiry.
    private var pagesServed = 0
    private var expiredOnce = false
    private let clock = ContinuousClock()

    var openCount: Int { scrolls.count }

    /// Starts a scroll over `ids`; returns its key.
    mutating func start(ids: [String]) -> UInt64 {
        let key = nextKey
        nextKey += 1
        scrolls[key] = Scroll(ids: ids, lastUsed: clock.now)
        return key
    }

    /// The ids of the page at `offset` and the total, marking the scroll used; nil when the
    /// scroll is unknown or expired (it is then forgotten).
    mutating func page(key: UInt64, offset: Int, size: Int, ttl: Duration, expireAtPage: Int?) -> (ids: ArraySlice<String>, total: Int)? {
        let now = clock.now
        if let expireAtPage, !expiredOnce, pagesServed >= expireAtPage {
            scrolls = [:]
            expiredOnce = true
        }
        guard var scroll = scrolls[key] else { return nil }
        if now - scroll.lastUsed > ttl {
            scrolls[key] = nil
            return nil
        }
        scroll.lastUsed = now
        pagesServed += 1
        scrolls[key] = scroll
        let start = min(offset, scroll.ids.count)
        return (scroll.ids[start..<min(start + size, scroll.ids.count)], scroll.ids.count)
    }

    /// Forgets scrolls unused for longer than `ttl`.
    mutating func sweep(ttl: Duration) {
        let now = clock.now
        scrolls = scrolls.filter { now - $0.value.lastUsed <= ttl }
    }

    /// Forgets every scroll (tests use it to expire scrolls on demand).
    mutating func expireAll() { scrolls = [:] }

    static func token(key: UInt64, offset: Int) -> String {
        "scr\(key)-\(offset)-" + ObjectIDs.hex(key &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(offset), width: 16)
    }

    static func parse(_ token: String) -> (key: UInt64, offset: Int)? {
        guard token.hasPrefix("scr") else { return nil }
        let parts = token.dropFirst(3).split(separator: "-")
        guard parts.count == 3, let key = UInt64(parts[0]), let offset = Int(parts[1]),
              token == Self.token(key: key, offset: offset) else { return nil }
        return (key, offset)
    }
}

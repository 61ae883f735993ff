/// Provider rules and placeholders for ``EmailNormalizer``. Domains and local parts are
/// written in lower case.
public struct EmailNormalizationOptions: Sendable, Hashable {
    /// Gmail ignores dots in the local part: `t.a.n.a.k.a@gmail.com` is `tanaka@gmail.com`.
    public var gmailIgnoreDots: Bool
    /// Drop `+tag` from the local part for ``plusTagDomains``.
    public var stripPlusTags: Bool
    /// Domains where `user+tag@` reaches `user@`. Gmail only by default: elsewhere `+` may be a
    /// real part of the address, and a wrong merge costs more than a missed one.
    public var plusTagDomains: Set<String>
    /// Domains that are another name of a mailbox provider (`googlemail.com` → `gmail.com`).
    public var domainAliases: [String: String]
    /// Local parts typed to fill a mandatory field (`none@`, `noemail@`, `test@`). Also matched
    /// with dots, hyphens and underscores removed (`no-email`, `no.email` → `noemail`).
    public var placeholderLocalParts: Set<String>
    /// Domains that receive no mail (`example.com`). Their subdomains match too, as do the
    /// reserved top-level domains `.example`, `.invalid`, `.test` and `.localhost`.
    public var placeholderDomains: Set<String>

    public init(
        gmailIgnoreDots: Bool = true,
        stripPlusTags: Bool = true,
        plusTagDomains: Set<String> = ["gmail.com", "googlemail.com"],
        domainAliases: [String: String] = ["googlemail.com": "gmail.com"],
        placeholderLocalParts: Set<String> = EmailNormalizationOptions.defaultPlaceholderLocalParts,
        placeholderDomains: Set<String> = EmailNormalizationOptions.defaultPlaceholderDomains
    ) {
        self.gmailIgnoreDots = gmailIgnoreDots
        self.stripPlusTags = stripPlusTags
        self.plusTagDomains = plusTagDomains
        self.domainAliases = domainAliases
        self.placeholderLocalParts = placeholderLocalParts
        self.placeholderDomains = placeholderDomains
    }

    public static let defaultPlaceholderLocalParts: Set<String> = [
        "none", "noemail", "nomail", "noaddress", "noreply", "donotreply", "dontreply", "test", "testtest",
        "dummy", "null", "nil", "na", "n/a", "unknown", "xxx", "xxxx", "xxxxx", "aaa", "abc", "sample",
        "example", "email", "mail", "nashi", "nothing", "invalid", "fake", "guest", "customer", "0", "000",
    ]

    public static let defaultPlaceholderDomains: Set<String> = [
        "example.com", "example.jp", "example.co.jp", "example.ne.jp", "example.org", "example.net",
        "test.com", "test.jp", "test.co.jp", "sample.com", "sample.jp", "dummy.com", "dummy.jp",
        "none.com", "noemail.com", "nomail.com", "no-email.com", "noreply.com", "invalid.com",
        "xxx.com", "xxx.jp", "aaa.com",
    ]
}

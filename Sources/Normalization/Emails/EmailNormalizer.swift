/// Email addresses as comparison keys and as values to write back to the CRM.
///
/// ```swift
/// let emails = EmailNormalizer()
/// emails.comparisonKey(" Taro.Tanaka+rsv@GMail.com ")   // "tarotanaka@gmail.com"
/// emails.comparisonKey("ｔａｎａｋａ＠ｅｘａｍｐｌｅ．ｊｐ")   // nil: placeholder domain
/// emails.comparisonKey("none@docomo.ne.jp")              // nil: placeholder
/// emails.comparisonKey("tanaka@@docomo")                 // nil: invalid
/// emails.writeForm(" Taro.Tanaka+rsv@GMail.com ")       // "taro.tanaka+rsv@gmail.com"
/// ```
///
/// Syntax is checked loosely on purpose: Japanese mobile carriers long accepted local parts
/// such as `taro..tanaka.@docomo.ne.jp` that RFC 5322 forbids, and those addresses still work.
/// Value type, safe to use from any thread; ICU is called only for non-ASCII input.
public struct EmailNormalizer: Sendable {
    public let options: EmailNormalizationOptions

    /// RFC 5321 limits.
    static let maximumLength = 254
    static let maximumLocalLength = 64

    /// RFC 2606 names that can never receive mail.
    static let reservedTopLevelDomains = [".example", ".invalid", ".test", ".localhost"]

    public init(options: EmailNormalizationOptions = EmailNormalizationOptions()) {
        self.options = options
    }

    /// The address as it would be written back: trimmed, NFKC (full-width → ASCII), lower-cased,
    /// `mailto:` removed. nil when it is not an address (no `@` or several, spaces or brackets
    /// inside, empty local part, a domain without a dot or with an empty label).
    /// Placeholders are still returned: they are valid syntax.
    public func writeForm(_ raw: String) -> String? {
        guard let address = EmailAddress(raw) else { return nil }
        return String(decoding: address.bytes, as: UTF8.self)
    }

    /// The key two addresses of one person share: ``writeForm(_:)`` with provider rules applied
    /// (Gmail dots, `+tags`, `googlemail.com`). nil when invalid or a placeholder.
    public func comparisonKey(_ raw: String) -> String? {
        guard let address = EmailAddress(raw) else { return nil }
        let domain = address.domain
        if isPlaceholder(address, domain: domain) { return nil }
        let canonicalDomain = options.domainAliases[domain] ?? domain
        var local = address.localBytes
        if options.stripPlusTags,
           options.plusTagDomains.contains(domain) || options.plusTagDomains.contains(canonicalDomain),
           let plus = local.firstIndex(of: UInt8(ascii: "+")) {
            local = local[..<plus]
        }
        guard !local.isEmpty else { return nil }
        var key: [UInt8] = []
        key.reserveCapacity(local.count + 1 + canonicalDomain.utf8.count)
        if options.gmailIgnoreDots, canonicalDomain == "gmail.com" {
            key.append(contentsOf: local.lazy.filter { $0 != UInt8(ascii: ".") })
            guard !key.isEmpty else { return nil }
        } else {
            key.append(contentsOf: local)
        }
        key.append(UInt8(ascii: "@"))
        key.append(contentsOf: canonicalDomain.utf8)
        return String(decoding: key, as: UTF8.self)
    }

    /// True when the address is valid but carries no evidence (`none@example.com`, `test@...`).
    public func isPlaceholder(_ raw: String) -> Bool {
        guard let address = EmailAddress(raw) else { return false }
        return isPlaceholder(address, domain: address.domain)
    }

    private func isPlaceholder(_ address: EmailAddress, domain: String) -> Bool {
        let local = address.localBytes
        let bare = local.firstIndex(of: UInt8(ascii: "+")).map { local[..<$0] } ?? local
        let placeholders = options.placeholderLocalParts
        if placeholders.contains(String(decoding: bare, as: UTF8.self)) { return true }
        if bare.count < local.count, placeholders.contains(String(decoding: local, as: UTF8.self)) { return true }
        if bare.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }) {
            let squeezed = bare.filter { $0 != UInt8(ascii: ".") && $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: "_") }
            if placeholders.contains(String(decoding: squeezed, as: UTF8.self)) { return true }
        }
        for reserved in Self.reservedTopLevelDomains where domain.utf8.elementsEqualSuffix(reserved.utf8) {
            return true
        }
        if options.placeholderDomains.contains(domain) { return true }
        // Subdomains: mail.example.com.
        let domainBytes = address.domainBytes
        var start = domainBytes.startIndex
        while let dot = domainBytes[start...].firstIndex(of: UInt8(ascii: ".")) {
            start = dot + 1
            if options.placeholderDomains.contains(String(decoding: domainBytes[start...], as: UTF8.self)) { return true }
        }
        return false
    }
}

extension Collection where Element == UInt8 {
    /// True when the collection ends with `suffix`.
    func elementsEqualSuffix<Suffix: Collection<UInt8>>(_ suffix: Suffix) -> Bool {
        count >= suffix.count && self.dropFirst(count - suffix.count).elementsEqual(suffix)
    }
}

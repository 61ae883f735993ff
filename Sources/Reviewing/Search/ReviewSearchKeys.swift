import Normalization

/// The keys a review search looks clusters up by, made the way a run normalizes: a member's
/// keys from its ``NormalizedCustomer``, a query's through the same name, phone and email
/// normalizers, so `ﾀﾅｶ`, `タナカ`, `tanaka`, `TANAKA` and `Tanaka Tarou` all meet `田中 太郎`
/// (when the run knows its reading), and `090-1234-5678`, `+81 90 1234 5678` and
/// `０９０１２３４５６７８` meet one phone.
///
/// Keys are prefixed by kind (`n:` name, `p:` phone, `e:` email, `i:` customer id); a query
/// matches a key it is a prefix of, so `tana` finds `tanaka taro` and a family name alone finds
/// the whole name.
public struct ReviewSearchKeys: Sendable {
    let normalizer: CustomerNormalizer

    public init(options: NormalizationOptions) {
        normalizer = CustomerNormalizer(options: options)
    }

    /// Every key of one member of a cluster. `emails` are the record's addresses as written
    /// back (``EmailNormalizer/writeForm(_:)``): a reviewer searches by an address even when
    /// the run ignores it as evidence (a placeholder such as `none@example.com`).
    public static func keys(customerID: String, _ customer: NormalizedCustomer, emails: [String] = []) -> Set<String> {
        var keys: Set<String> = ["i:" + customerID]
        for (last, first) in [(customer.lastName.exact, customer.firstName.exact),
                              (customer.lastName.romaji, customer.firstName.romaji)] {
            if !last.isEmpty || !first.isEmpty {
                keys.insert("n:" + last + first)
                keys.insert("n:" + first + last)
            }
        }
        for phone in customer.phones where !phone.isEmpty { keys.insert("p:" + phone) }
        for email in customer.emails + emails where !email.isEmpty { keys.insert("e:" + email) }
        return keys
    }

    /// The key prefixes a query looks for: its name forms, its phone in E.164, its email, and
    /// the text itself as a customer id. Empty when the query holds nothing to look for.
    public func prefixes(_ query: String) -> [String] {
        let text = query.trimmingPrefix(while: \.isWhitespace)
        guard !text.isEmpty else { return [] }
        var out: [String] = ["i:" + String(text)]
        let folded = UnicodeFolding.nfkcCasefold(String(text))
        if folded.contains("@") {
            if let email = normalizer.emails.comparisonKey(String(text)) { out.append("e:" + email) }
            if let email = normalizer.emails.writeForm(String(text)) { out.append("e:" + email) }
            out.append("e:" + folded.filter { !$0.isWhitespace })
            return unique(out)
        }
        let digits = folded.filter { $0.isASCII && $0.isNumber }
        let phoneLike = folded.allSatisfy { $0.isNumber || " +-().".contains($0) }
        if phoneLike, digits.count >= 4 {
            if let e164 = normalizer.phones.normalize(String(text)).e164 { out.append("p:" + e164) }
            // A number typed with its country code but no `+`, or the start of one.
            out.append("p:+" + digits)
            return unique(out)
        }
        let names = normalizer.names
        let whole = names.clean(String(text))
        if !whole.isEmpty {
            out.append("n:" + whole)
            out.append("n:" + names.romajiKey(whole))
        }
        let parts = text.split(whereSeparator: \.isWhitespace).map { names.clean(String($0)) }.filter { !$0.isEmpty }
        if parts.count > 1 {
            out.append("n:" + parts.joined())
            out.append("n:" + parts.map { names.romajiKey($0) }.joined())
        }
        return unique(out.filter { $0.count > 2 })
    }

    private func unique(_ keys: [String]) -> [String] {
        var seen: Set<String> = []
        return keys.filter { seen.insert($0).inserted }
    }
}

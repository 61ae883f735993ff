import CRMModel

/// The memo: free text where a restaurant keeps allergies and preferences. The victims' text is
/// appended to the victor's, each block under a line naming the record it came from:
///
/// ```text
/// VIP, prefers the counter
///
/// --- merged from 5b0c00a1 (2023-04-01) ---
/// allergy: shellfish
/// birthday on that record: 1985-01-02
/// ```
///
/// A text the memo already holds is not added again, so resolving a cluster again (after a lost
/// answer, or once more after the merge) gives the same memo and sends nothing new.
extension Resolver {
    /// The new memo, or nil when it stays as the victor has it.
    ///
    /// - Parameter extraLines: per member in victor-choice order, further lines to keep (a
    ///   second birthday).
    func resolveMemo(_ ordered: [ClusterMember], extraLines: [[String]], notes: inout [String]) -> JSONValue? {
        let field = ResolutionRules.memoField
        let original = Resolver.memoText(ordered[0]) ?? ""
        var memo = original
        for (i, member) in ordered.enumerated().dropFirst() {
            var lines: [String] = []
            if let text = Resolver.memoText(member).map(Resolver.trimmed), !text.isEmpty, !memo.contains(text) {
                lines.append(text)
            } else if let value = member.customer.json[field], value.arrayValue != nil || value.objectValue != nil {
                notes.append("memo of victim \(member.id) is not text and is not carried over")
            }
            for line in i < extraLines.count ? extraLines[i] : [] where !memo.contains(line) && !lines.contains(line) {
                lines.append(line)
            }
            guard !lines.isEmpty else { continue }
            guard rules.memo == .append else {
                if lines.first == Resolver.memoText(member).map(Resolver.trimmed) {
                    notes.append("memo of victim \(member.id) is not carried over (survivorship memo: victor)")
                }
                continue
            }
            let block = Resolver.memoHeader(member) + "\n" + lines.joined(separator: "\n")
            memo = memo.isEmpty ? block : Resolver.trailingTrimmed(memo) + "\n\n" + block
        }
        return memo == original ? nil : .string(memo)
    }

    /// `--- merged from <id> (<created date>) ---`; the date is left out when the record has none.
    static func memoHeader(_ member: ClusterMember) -> String {
        guard let created = member.fields.createdAt.map(trimmed), !created.isEmpty else {
            return "--- merged from \(member.id) ---"
        }
        let date = created.count >= 10 && Timestamp(String(created.prefix(10))) != nil ? String(created.prefix(10)) : created
        return "--- merged from \(member.id) (\(date)) ---"
    }

    /// The member's memo as text, nil when missing, null, blank, or not a plain value.
    static func memoText(_ member: ClusterMember) -> String? {
        guard let value = member.customer.json[ResolutionRules.memoField], let text = value.scalarText,
              value.arrayValue == nil, value.objectValue == nil, !isBlank(text) else { return nil }
        return text
    }

    /// The text without trailing whitespace.
    static func trailingTrimmed(_ s: String) -> String {
        var scalars = Substring(s).unicodeScalars
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}

/// What a phone field turned out to hold.
public enum PhoneNormalization: Sendable, Hashable {
    /// A number that passes its country's rules, in E.164: `+819012345678`.
    case valid(e164: String)
    /// Not a usable number; `reason` says why in words a reviewer can act on
    /// (`"wrong length for JP: 7 digits after the trunk 0, expected 9 or 10"`).
    case invalid(reason: String)
    /// Blank, or only separators (`-`, spaces).
    case empty

    /// The E.164 form when valid.
    public var e164: String? {
        if case .valid(let e164) = self { return e164 }
        return nil
    }
}

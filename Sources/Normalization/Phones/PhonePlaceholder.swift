/// Numbers typed only to fill a mandatory field: valid to libphonenumber, yet no evidence.
enum PhonePlaceholder {
    /// Why the national significant number `nsn` (ASCII digits) is a placeholder, or nil.
    ///
    /// One digit repeated through the subscriber part (`0000000000`, `090-1111-1111`).
    /// Sequences such as `090-1234-5678` are kept: they are valid numbers, and a number shared by
    /// many unrelated records is down-weighted by frequency downstream. Short numbers must be one
    /// digit throughout: Hong Kong's 2888 8888 is a real vanity number.
    static func reason(nsn: Substring.UTF8View) -> String? {
        let count = nsn.count
        let tail = nsn.suffix(count >= 10 ? 8 : count == 9 ? 7 : count)
        if tail.count >= 6, let first = tail.first, tail.allSatisfy({ $0 == first }) {
            return "placeholder number: the subscriber digits are all \(Character(Unicode.Scalar(first)))"
        }
        return nil
    }
}

extension String {
    /// The string filled with spaces to `width` characters, on the right (left-aligned text) or,
    /// with `alignRight`, on the left (numbers in a column); a longer string is left whole.
    public func padded(to width: Int, alignRight: Bool = false) -> String {
        let fill = String(repeating: " ", count: Swift.max(0, width - count))
        return alignRight ? fill + self : self + fill
    }
}

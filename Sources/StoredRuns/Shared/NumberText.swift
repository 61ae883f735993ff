import Support

// Short names for Support's number text in the summaries, listings and messages of every
// command: one implementation (``NumberText``), these only keep the call sites readable.

/// 1234567 → "1,234,567".
public func group(_ n: Int) -> String { NumberText.grouped(n) }

/// A number with `places` decimals, rounded half away from zero.
public func fixed(_ x: Double, _ places: Int) -> String { NumberText.fixed(x, digits: places) }

/// `1.23e-7`.
public func scientific(_ x: Double) -> String { NumberText.scientific(x) }

/// `s` filled with spaces to `width` characters (on the left with `left`).
public func pad(_ s: String, _ width: Int, left: Bool = false) -> String { s.padded(to: width, alignRight: left) }

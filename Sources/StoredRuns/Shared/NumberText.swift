// Number and column formatting shared by every command's closing lines, without Foundation.

/// 1234567 → "1,234,567".
public func group(_ n: Int) -> String {
    let digits = String(abs(n))
    var out = ""
    for (k, c) in digits.enumerated() {
        if k > 0 && (digits.count - k) % 3 == 0 { out.append(",") }
        out.append(c)
    }
    return n < 0 ? "-" + out : out
}

/// A number with `places` decimals, without Foundation.
public func fixed(_ x: Double, _ places: Int) -> String {
    guard x.isFinite else { return "\(x)" }
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = (abs(x) * scale).rounded()
    let whole = Int(scaled / scale)
    var frac = String(Int(scaled - Double(whole) * scale))
    while frac.count < places { frac = "0" + frac }
    let sign = x < 0 && scaled != 0 ? "-" : ""
    return places == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(frac)"
}

/// A positive number as "1.23e-4", for priors and other small probabilities.
public func scientific(_ x: Double) -> String {
    guard x > 0 && x.isFinite else { return "\(x)" }
    var e = 0, m = x
    while m < 1 { m *= 10; e -= 1 }
    while m >= 10 { m /= 10; e += 1 }
    if m >= 9.995 { m /= 10; e += 1 }  // 9.999e-13 prints as 1.00e-12, not 10.00e-13
    return "\(fixed(m, 2))e\(e)"
}

/// `s` filled with spaces to `width` characters, on the right or (`left`) on the left.
public func pad(_ s: String, _ width: Int, left: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, width - s.count))
    return left ? fill + s : s + fill
}

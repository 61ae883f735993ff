/// Numbers as text for people and for reports, the same everywhere and independent of locale
/// (always `.` for decimals, `,` between thousands), without Foundation.
///
/// The run summary, the evaluation table, the reports and the memory line all print numbers;
/// each used to carry its own grouping and rounding, which could disagree on a tie or a sign.
public enum NumberText {
    /// `1234567` → `1,234,567`; `-1234` → `-1,234`.
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        out.reserveCapacity(digits.count + digits.count / 3 + 1)
        for (k, c) in digits.enumerated() {
            if k > 0 && (digits.count - k) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }

    /// `x` rounded half away from zero to `digits` decimals (`0.98765`, 4 → `0.9877`); no minus
    /// sign on a value that rounds to zero. Non-finite values read `NaN`, `Infinity`,
    /// `-Infinity`; magnitudes past 2^53 after scaling fall back to Swift's shortest form.
    public static func fixed(_ x: Double, digits: Int) -> String {
        guard x.isFinite else { return x.isNaN ? "NaN" : (x < 0 ? "-Infinity" : "Infinity") }
        var power: UInt64 = 1
        for _ in 0..<digits { power *= 10 }
        let scaled = (x * Double(power)).rounded(.toNearestOrAwayFromZero)
        guard abs(scaled) < 9_007_199_254_740_992 else { return "\(x)" }
        let n = Int64(scaled)
        let magnitude = n.magnitude
        var text = n < 0 ? "-" : ""
        text += String(magnitude / power)
        if digits > 0 {
            let fraction = String(magnitude % power)
            text += "." + String(repeating: "0", count: digits - fraction.count) + fraction
        }
        return text
    }

    /// A positive number as mantissa with two decimals and a power of ten (`1.23e-7`); other
    /// values in Swift's own form.
    public static func scientific(_ x: Double) -> String {
        guard x > 0 && x.isFinite else { return "\(x)" }
        var e = 0, m = x
        while m < 1 { m *= 10; e -= 1 }
        while m >= 10 { m /= 10; e += 1 }
        if m >= 9.995 { m /= 10; e += 1 }  // 9.999e-13 prints as 1.00e-12, not 10.00e-13
        return "\(fixed(m, digits: 2))e\(e)"
    }

    /// Bytes as `1.2 GiB` from one GiB up, else `456.0 MiB`.
    public static func bytes(_ count: Int) -> String {
        let mib = Double(count) / 1_048_576
        if mib >= 1024 { return fixed(mib / 1024, digits: 1) + " GiB" }
        return fixed(mib, digits: 1) + " MiB"
    }

    /// Seconds as a clock for progress lines: `0:07`, `12:34`, `1:02:03`; `?` when unknown.
    public static func clock(_ seconds: Double?) -> String {
        guard let seconds, seconds.isFinite, seconds >= 0 else { return "?" }
        let s = Int(seconds.rounded(.up))
        let tail = "\(s % 60 < 10 ? "0" : "")\(s % 60)"
        return s >= 3600 ? "\(s / 3600):\((s / 60) % 60 < 10 ? "0" : "")\((s / 60) % 60):\(tail)" : "\(s / 60):\(tail)"
    }

    /// Seconds as a span a person plans around: `45 s`, `12 min 5 s`, `3 h 20 min`, `2 d 4 h`
    /// (the two largest units; what is below them is dropped, an estimate needs no more).
    public static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "?" }
        let s = Int(seconds.rounded(.up))
        let (d, h, m) = (s / 86_400, (s / 3_600) % 24, (s / 60) % 60)
        if d > 0 { return h > 0 ? "\(d) d \(h) h" : "\(d) d" }
        if h > 0 { return m > 0 ? "\(h) h \(m) min" : "\(h) h" }
        if m > 0 { return s % 60 > 0 ? "\(m) min \(s % 60) s" : "\(m) min" }
        return "\(s) s"
    }
}

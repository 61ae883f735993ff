/// Fixed-point text for numbers in reports, independent of locale (always `.`, never `,`).
enum DecimalText {
    /// `x` rounded half away from zero to `digits` decimals (`0.98765`, 4 → `0.9877`).
    /// Non-finite values read `NaN`, `Infinity`, `-Infinity`; magnitudes past 2^53 after scaling
    /// fall back to Swift's shortest form.
    static func fixed(_ x: Double, digits: Int) -> String {
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
}

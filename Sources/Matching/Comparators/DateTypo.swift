/// Birthdays that differ by one typing slip.
public enum DateTypo {
    /// Digits that differ between two yyyymmdd dates.
    public static func differingDigits(_ a: Int32, _ b: Int32) -> Int {
        var x = a, y = b, n = 0
        for _ in 0..<8 {
            if x % 10 != y % 10 { n += 1 }
            x /= 10
            y /= 10
        }
        return n
    }

    /// One digit differs, or the same year with day and month swapped (03-05 vs 05-03).
    public static func isTypo(_ a: Int32, _ b: Int32) -> Bool {
        if a == b { return false }
        if differingDigits(a, b) == 1 { return true }
        let (ya, ma, da) = (a / 10_000, (a / 100) % 100, a % 100)
        let (yb, mb, db) = (b / 10_000, (b / 100) % 100, b % 100)
        return ya == yb && ma == db && da == mb
    }
}

/// Phones and emails that a household shares: values carried by records whose given names
/// differ (a family landline, `tanaka-family@...`).
///
/// Such a value still says "same household" and keeps its weight, but it cannot be the evidence
/// that tells one member of the household from another, so it never qualifies a link for
/// auto-merge on its own.
struct HouseholdValues {
    /// Values carried by more records than this are left to term-frequency adjustment (a hotel
    /// desk phone is not a household).
    static let largestGroup = 50
    /// Given names less similar than this (Jaro-Winkler of the romaji keys) are different people.
    static let differentNames = 0.88

    /// Sets `flags[valueID]` for each household value of `column`; `givenNames` holds each
    /// record's given-name id in `pool` (0 when missing).
    static func mark(_ column: MultiValueColumn, in flags: inout [Bool], givenNames: ArraySlice<Int32>, pool: StringPool) {
        var entries: [UInt64] = []
        entries.reserveCapacity(column.values.count)
        for r in 0..<(column.starts.count - 1) {
            for id in column.ids(r) { entries.append(UInt64(id) << 32 | UInt64(r)) }
        }
        entries.sort()
        var start = 0
        while start < entries.count {
            let value = entries[start] >> 32
            var end = start + 1
            while end < entries.count && entries[end] >> 32 == value { end += 1 }
            if end - start >= 2 && end - start <= largestGroup {
                var names: [Int32] = []
                for k in start..<end {
                    let name = givenNames[givenNames.startIndex + Int(entries[k] & 0xFFFF_FFFF)]
                    if name != 0 && !names.contains(name) { names.append(name) }
                }
                flags[Int(value)] = hasDifferentNames(names, pool)
            }
            start = end
        }
    }

    private static func hasDifferentNames(_ names: [Int32], _ pool: StringPool) -> Bool {
        guard names.count >= 2 else { return false }
        for x in 0..<(names.count - 1) {
            for y in (x + 1)..<names.count {
                let s = pool.withBytes(names[x]) { a in pool.withBytes(names[y]) { b in JaroWinkler.similarity(a, b) } }
                if s < differentNames { return true }
            }
        }
        return false
    }
}

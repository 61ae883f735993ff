/// Remembers who owns each generated e-mail address so that two different people never receive
/// the same address by accident (an unfair, unlearnable match). Families sharing an address are
/// deliberate and registered under their household.
///
/// Ownership is first come, first served in output order, which is deterministic, so re-building a
/// profile always yields the same address.
struct EmailRegistry {
    private var owners: [UInt64: UInt32] = [:]

    init(expectedCount: Int) {
        owners.reserveCapacity(expectedCount)
    }

    /// Owner tag for a person.
    static func person(_ entity: Int) -> UInt32 { UInt32(entity) }
    /// Owner tag for a household's shared address.
    static func household(_ household: Int) -> UInt32 { UInt32(household) | 0x8000_0000 }

    /// Claims `address` for `owner`; `false` if someone else holds it already.
    mutating func claim(_ address: String, owner: UInt32) -> Bool {
        let key = Self.hash(address)
        if let existing = owners[key] { return existing == owner }
        owners[key] = owner
        return true
    }

    /// 64-bit FNV-1a.
    private static func hash(_ s: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }
}

/// Finds a value of ``FrozenFrequencies`` by its group and bytes, without making a `String`:
/// an open-addressing table over a hash of the bytes. Applying frozen counts to a 1.65M-record
/// table looks up some three million pooled values.
struct FrozenLookup {
    private let frozen: FrozenFrequencies
    private let slots: [Int32]
    private let mask: Int
    private let dates: [UInt16: [Int32: Int32]]

    init(_ frozen: FrozenFrequencies) {
        self.frozen = frozen
        var size = 16
        while size < frozen.entryGroup.count * 2 { size <<= 1 }
        var slots = [Int32](repeating: -1, count: size)
        let mask = size - 1
        frozen.entryBytes.withUnsafeBufferPointer { all in
            for e in frozen.entryGroup.indices {
                let bytes = UnsafeBufferPointer(rebasing: all[Int(frozen.entryStarts[e])..<Int(frozen.entryStarts[e + 1])])
                var s = Int(Self.hash(frozen.entryGroup[e], bytes) & UInt64(mask))
                while slots[s] >= 0 { s = (s + 1) & mask }
                slots[s] = Int32(e)
            }
        }
        self.slots = slots
        self.mask = mask
        var dates: [UInt16: [Int32: Int32]] = [:]
        for k in frozen.dateGroup.indices { dates[frozen.dateGroup[k], default: [:]][frozen.dateValue[k]] = frozen.dateCount[k] }
        self.dates = dates
    }

    /// The group's index, or nil when the frozen base had no value in such a group.
    func group(_ name: String) -> UInt16? {
        frozen.groups.firstIndex(of: name).map { UInt16($0) }
    }

    /// The frozen count and household flag of a value; nil when it is not kept (new, or carried
    /// by one record and no household's).
    func entry(_ group: UInt16, _ bytes: UnsafeBufferPointer<UInt8>) -> (count: Int32, household: Bool)? {
        var s = Int(Self.hash(group, bytes) & UInt64(mask))
        return frozen.entryBytes.withUnsafeBufferPointer { all in
            while slots[s] >= 0 {
                let e = Int(slots[s])
                if frozen.entryGroup[e] == group {
                    let start = Int(frozen.entryStarts[e]), end = Int(frozen.entryStarts[e + 1])
                    if end - start == bytes.count && (bytes.isEmpty || memcmpEqual(all.baseAddress! + start, bytes.baseAddress!, bytes.count)) {
                        return (frozen.entryCount[e], frozen.entryHousehold[e] != 0)
                    }
                }
                s = (s + 1) & mask
            }
            return nil
        }
    }

    func dateCount(_ group: UInt16, _ date: Int32) -> Int32? {
        dates[group]?[date]
    }

    private func memcmpEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        for k in 0..<n where a[k] != b[k] { return false }
        return true
    }

    static func hash(_ group: UInt16, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(group)
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return KeyHasher.mix(h ^ UInt64(bytes.count))
    }
}

/// Key pairs laid out as the record table keeps keys: UTF-8 bytes in one buffer, so that each
/// comparison reads two slices and the benchmark measures the comparator, not `Array(string.utf8)`.
struct KeyPairBytes {
    private let bytes: [UInt8]
    private let ranges: [(a: Range<Int>, b: Range<Int>)]

    init(_ pairs: [(String, String)]) {
        var bytes: [UInt8] = []
        var ranges: [(a: Range<Int>, b: Range<Int>)] = []
        for (a, b) in pairs {
            let startA = bytes.count
            bytes.append(contentsOf: a.utf8)
            let startB = bytes.count
            bytes.append(contentsOf: b.utf8)
            ranges.append((startA..<startB, startB..<bytes.count))
        }
        self.bytes = bytes
        self.ranges = ranges
    }

    var count: Int { ranges.count }

    /// Calls `body` with the bytes of every pair, in order.
    @inline(__always)
    func forEach(_ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Void) {
        bytes.withUnsafeBufferPointer { all in
            for (a, b) in ranges {
                body(UnsafeBufferPointer(rebasing: all[a]), UnsafeBufferPointer(rebasing: all[b]))
            }
        }
    }
}

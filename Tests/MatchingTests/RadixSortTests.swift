import Testing
@testable import Matching
import Support

@Suite("Radix sort of blocking keys")
struct RadixSortTests {
    @Test("sorts 64-bit values like the standard sort", arguments: [0, 1, 255, 256, 10_000])
    func matchesStandardSort(count: Int) {
        var rng = SplitMix64(seed: UInt64(count))
        var values = (0..<count).map { _ in rng.next() >> UInt64(count % 40) }
        let expected = values.sorted()
        RadixSort.sort(&values)
        #expect(values == expected)
    }

    @Test("keeps entries with equal keys in their original order")
    func stable() {
        var rng = SplitMix64(seed: 7)
        var entries = (0..<5_000).map { r in BlockEntry(key: rng.next() % 50, record: Int32(r)) }
        RadixSort.sortByKey(&entries)
        for k in 1..<entries.count {
            #expect(entries[k - 1].key < entries[k].key
                    || (entries[k - 1].key == entries[k].key && entries[k - 1].record < entries[k].record))
        }
    }
}

import Support
import Testing

@Suite("SplitMix64")
struct SplitMix64Tests {
    @Test("a seed gives the published SplitMix64 sequence")
    func knownSequence() {
        // Reference outputs of SplitMix64 seeded with 0 (Vigna's splitmix64.c).
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(rng.next() == 0x06C4_5D18_8009_454F)
    }

    @Test("the generator and the bare-state form agree")
    func bareStateAgrees() {
        var rng = SplitMix64(seed: 42)
        var state: UInt64 = 42
        for _ in 0..<5 { #expect(rng.next() == SplitMix64.next(&state)) }
    }
}

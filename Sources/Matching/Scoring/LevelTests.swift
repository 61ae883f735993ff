/// The part of a comparison that deciding a level reads on every call: how many levels and the
/// kind of each. 24 bytes, so it is copied in registers; the full ``CompiledComparison``
/// (weights and thresholds as SIMD lanes, over 400 bytes) was copied with a `memcpy` call per
/// level decision, which showed in the scoring profile. Thresholds are read by index, only by
/// the levels that need one.
struct LevelTests {
    let levelCount: Int
    let kinds: SIMD16<UInt8>

    init(_ comparison: CompiledComparison) {
        levelCount = comparison.levelCount
        kinds = comparison.kinds
    }

    @inline(__always)
    func kind(_ k: Int) -> CompiledComparison.Kind { CompiledComparison.Kind(rawValue: kinds[k]) ?? .otherwise }
}

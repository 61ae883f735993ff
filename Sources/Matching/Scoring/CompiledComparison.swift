/// A comparison's levels flattened for the scoring loop: every field is plain data (SIMD lanes
/// instead of arrays), so reading one costs no reference counting. Where its column lies in the
/// table is a ``ComparisonColumn`` beside it, and the level decisions read the small
/// ``LevelTests`` copy of its kinds: this struct is over 400 bytes, and copying it per decision
/// was a `memcpy` call in the scoring profile.
///
/// Profiles of the scoring stage showed retain/release of the specs' arrays on every level
/// test; this copy of the same information has none.
struct CompiledComparison {
    enum Kind: UInt8 {
        case exact, jaroWinkler, editDistance, dateTypo, otherwise, nickname, tokenSimilarity, initial
    }

    let levelCount: Int
    /// Kind of level k (0-based), as `Kind.rawValue`.
    let kinds: SIMD16<UInt8>
    /// Threshold (Jaro-Winkler) or bound (edit distance) of level k.
    let parameters: SIMD16<Double>
    /// log2(m/u) of level k.
    let weights: SIMD16<Double>
    /// log2(m) of level k, for term-frequency adjustment.
    let log2M: SIMD16<Double>
    /// Bit k set: level k is term-frequency adjusted.
    let termFrequencyMask: UInt16

    init(spec: ComparisonSpec, model: ScoringModel.Comparison) {
        levelCount = spec.levels.count
        var kinds = SIMD16<UInt8>(repeating: Kind.otherwise.rawValue)
        var parameters = SIMD16<Double>(repeating: 0)
        var weights = SIMD16<Double>(repeating: 0)
        var log2M = SIMD16<Double>(repeating: 0)
        var mask: UInt16 = 0
        for (k, level) in spec.levels.enumerated() {
            switch level.predicate {
            case .exact: kinds[k] = Kind.exact.rawValue
            case .jaroWinkler(let t): kinds[k] = Kind.jaroWinkler.rawValue; parameters[k] = t
            case .editDistance(let d): kinds[k] = Kind.editDistance.rawValue; parameters[k] = Double(d)
            case .dateTypo: kinds[k] = Kind.dateTypo.rawValue
            case .nickname: kinds[k] = Kind.nickname.rawValue
            case .initial: kinds[k] = Kind.initial.rawValue
            case .tokenSimilarity(let t): kinds[k] = Kind.tokenSimilarity.rawValue; parameters[k] = t
            case .otherwise: kinds[k] = Kind.otherwise.rawValue
            }
            weights[k] = model.levels[k].weight
            log2M[k] = ScoringModel.Level.log2(model.levels[k].m)
            if model.levels[k].termFrequencyAdjusted { mask |= 1 << UInt16(k) }
        }
        self.kinds = kinds
        self.parameters = parameters
        self.weights = weights
        self.log2M = log2M
        self.termFrequencyMask = mask
    }

    @inline(__always)
    func kind(_ k: Int) -> Kind { Kind(rawValue: kinds[k]) ?? .otherwise }
}

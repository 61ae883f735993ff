/// A comparison flattened for the scoring loop: every field is plain data (SIMD lanes instead
/// of arrays, the column resolved to offsets into the table's flat arrays), so reading one costs
/// no reference counting, no string and no lookup.
///
/// Profiles of the scoring stage showed retain/release of the specs' arrays on every level
/// test; this copy of the same information has none.
struct CompiledComparison {
    enum Kind: UInt8 {
        case exact, jaroWinkler, editDistance, dateTypo, otherwise, nickname
    }

    /// The kind of the compared column; nil when the table has no such column (every pair is
    /// then `missing`).
    let columnKind: ColumnKind?
    /// Where the column starts in the table's array of its kind (record `r` at `base + r`).
    let base: Int
    /// Where record `j` is read when names are swapped: the other name part's column; `base`
    /// for any other field.
    let swapBase: Int
    /// The same two for the written form of a text column; -1 when it has none.
    let writtenBase: Int
    let swapWrittenBase: Int
    /// A shared value of this set column may be a household's (phones, emails).
    let checksHousehold: Bool
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

    init(spec: ComparisonSpec, model: ScoringModel.Comparison, table: RecordTable) {
        let n = table.count
        let column = table.columns.firstIndex { $0.name == spec.field }
        let partner = column.map { table.swapPartner(of: $0) }
        columnKind = column.map { table.columns[$0].kind }
        switch (column, partner, columnKind) {
        case let (c?, p?, .text?):
            base = table.storageIndex[c] * n
            swapBase = table.storageIndex[p] * n
            if let w = table.writtenIndex[c] {
                writtenBase = w * n
                swapWrittenBase = (table.writtenIndex[p] ?? w) * n
            } else {
                writtenBase = -1
                swapWrittenBase = -1
            }
        case let (c?, _, .textSet?):
            base = table.storageIndex[c] * (n + 1)
            swapBase = base
            writtenBase = -1
            swapWrittenBase = -1
        case let (c?, _, _):
            base = table.storageIndex[c] * n
            swapBase = base
            writtenBase = -1
            swapWrittenBase = -1
        default:
            base = 0
            swapBase = 0
            writtenBase = -1
            swapWrittenBase = -1
        }
        checksHousehold = column.map { table.columns[$0].kind == .textSet && table.columns[$0].marksHouseholdValues } ?? false
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

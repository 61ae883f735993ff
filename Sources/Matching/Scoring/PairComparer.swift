/// Decides the level each comparison reaches for a pair of records, and the weight it carries.
///
/// This is the hot path: it reads integer columns, compares ids first and bytes only when a
/// similarity level needs them, and allocates nothing.
struct PairComparer: Sendable {
    let table: RecordTable
    let specs: [ComparisonSpec]
    let model: ScoringModel
    let allowSwappedNames: Bool
    let termFrequencyMinimum: Double
    /// Whether exact matches on values are weighted by how many records carry them. Off when
    /// the table is a handful of records (re-checking one cluster), where counts mean nothing.
    let useTermFrequencies: Bool
    /// Index of the family-name and given-name comparisons, when present.
    let lastNameComparison: Int?
    let firstNameComparison: Int?
    /// The same comparisons as plain data, for the hot loop.
    private let compiled: [CompiledComparison]
    /// log2(k) for small counts k, and log2 of the record count, for term-frequency weights.
    private let log2Count: [Double]
    private let log2Records: Double
    private let log2TermFrequencyMinimum: Double
    /// The level number (1-based) of the first exact level of the family-name and given-name
    /// comparisons, or 0 when they have none.
    private let lastNameExactLevel: Int
    private let firstNameExactLevel: Int

    init(table: RecordTable, specs: [ComparisonSpec], model: ScoringModel, allowSwappedNames: Bool, termFrequencyMinimum: Double,
         useTermFrequencies: Bool = true) {
        self.useTermFrequencies = useTermFrequencies
        self.table = table
        self.specs = specs
        self.model = model
        self.allowSwappedNames = allowSwappedNames
        self.termFrequencyMinimum = termFrequencyMinimum
        self.lastNameComparison = specs.firstIndex { $0.field == .lastName }
        self.firstNameComparison = specs.firstIndex { $0.field == .firstName }
        self.compiled = zip(specs, model.comparisons).map { CompiledComparison(spec: $0, model: $1) }
        self.log2Count = (0..<4_096).map { $0 == 0 ? 0 : ScoringModel.Level.log2(Double($0)) }
        self.log2Records = ScoringModel.Level.log2(Double(max(table.count, 1)))
        self.log2TermFrequencyMinimum = ScoringModel.Level.log2(termFrequencyMinimum)
        let compiled = self.compiled
        func exactLevel(_ c: Int?) -> Int {
            guard let c else { return 0 }
            let spec = compiled[c]
            return (0..<spec.levelCount).first { spec.kind($0) == .exact }.map { $0 + 1 } ?? 0
        }
        self.lastNameExactLevel = exactLevel(specs.firstIndex { $0.field == .lastName })
        self.firstNameExactLevel = exactLevel(specs.firstIndex { $0.field == .firstName })
    }

    /// The level of comparison `c` for records `i` and `j` (0 = missing), and how many records
    /// carry the value that matched exactly (0 when the level is not an exact match).
    @inline(__always)
    func level(_ c: Int, _ i: Int, _ j: Int, swapped: Bool = false) -> (level: Int, frequency: Int32) {
        let spec = compiled[c]
        switch spec.field {
        case .lastName, .firstName:
            let jLast = spec.field == .lastName
            let ri = jLast ? table.lastRomaji[i] : table.firstRomaji[i]
            let ei = jLast ? table.lastExact[i] : table.firstExact[i]
            let useLastOfJ = swapped ? !jLast : jLast
            let rj = useLastOfJ ? table.lastRomaji[j] : table.firstRomaji[j]
            let ej = useLastOfJ ? table.lastExact[j] : table.firstExact[j]
            return textLevel(spec, ri, ei, rj, ej, pool: table.romajiNames,
                             romajiFrequency: table.romajiNameFrequency, exactFrequency: table.exactNameFrequency,
                             nicknames: table.nicknameGroup)
        case .company:
            let a = table.company[i], b = table.company[j]
            return textLevel(spec, a, a, b, b, pool: table.companies,
                             romajiFrequency: table.companyFrequency, exactFrequency: table.companyFrequency,
                             nicknames: nil)
        case .postalCode:
            let a = table.postalCode[i], b = table.postalCode[j]
            return textLevel(spec, a, a, b, b, pool: table.postalCodes,
                             romajiFrequency: table.postalCodeFrequency, exactFrequency: table.postalCodeFrequency,
                             nicknames: nil)
        case .street:
            let a = table.street[i], b = table.street[j]
            return textLevel(spec, a, a, b, b, pool: table.streets,
                             romajiFrequency: table.streetFrequency, exactFrequency: table.streetFrequency,
                             nicknames: nil)
        case .phone:
            return setLevel(spec, table.phones, i, j, pool: table.phonePool, frequency: table.phoneFrequency)
        case .email:
            return setLevel(spec, table.emails, i, j, pool: table.emailPool, frequency: table.emailFrequency)
        case .birthday:
            return dateLevel(spec, table.birthday[i], table.birthday[j])
        }
    }

    /// Weight of a level, with term-frequency adjustment of exact matches.
    @inline(__always)
    func weight(_ c: Int, level: Int, frequency: Int32) -> Double {
        if level == 0 { return 0 }
        let comparison = compiled[c]
        let k = level - 1
        if useTermFrequencies && frequency > 0 && comparison.termFrequencyMask & (1 << UInt16(k)) != 0 {
            let log2Frequency = frequency < 4_096 ? log2Count[Int(frequency)] : ScoringModel.Level.log2(Double(frequency))
            return comparison.log2M[k] - max(log2Frequency - log2Records, log2TermFrequencyMinimum)
        }
        return comparison.weights[k]
    }

    /// The pair's levels and the sum of their weights (without the prior).
    func evaluate(_ i: Int, _ j: Int) -> (pattern: LevelPattern, weight: Double) {
        var pattern = LevelPattern()
        var total = 0.0
        for c in specs.indices where c != lastNameComparison && c != firstNameComparison {
            let (lv, f) = level(c, i, j)
            pattern.set(c, lv)
            total += weight(c, level: lv, frequency: f)
        }
        let names = nameLevels(i, j)
        if let l = lastNameComparison { pattern.set(l, names.last) }
        if let f = firstNameComparison { pattern.set(f, names.first) }
        if names.swapped { pattern.raw |= LevelPattern.swappedBit }
        return (pattern, total + names.weight)
    }

    /// Family and given name levels in the better of the two orientations.
    func nameLevels(_ i: Int, _ j: Int) -> (last: Int, first: Int, weight: Double, swapped: Bool) {
        let straight = orientation(i, j, swapped: false)
        guard allowSwappedNames, lastNameComparison != nil, firstNameComparison != nil else { return straight }
        // Both names already equal: crossing them can at best give the same weight (it compares
        // the same values), so most pairs from the name blocks skip the second orientation.
        if straight.last == lastNameExactLevel && straight.first == firstNameExactLevel && lastNameExactLevel != 0 {
            return straight
        }
        let crossed = orientation(i, j, swapped: true)
        return crossed.weight > straight.weight ? crossed : straight
    }

    private func orientation(_ i: Int, _ j: Int, swapped: Bool) -> (last: Int, first: Int, weight: Double, swapped: Bool) {
        var lastLevel = 0, firstLevel = 0, w = 0.0
        if let c = lastNameComparison {
            let (lv, f) = level(c, i, j, swapped: swapped)
            lastLevel = lv
            w += weight(c, level: lv, frequency: f)
        }
        if let c = firstNameComparison {
            let (lv, f) = level(c, i, j, swapped: swapped)
            firstLevel = lv
            w += weight(c, level: lv, frequency: f)
        }
        return (lastLevel, firstLevel, w, swapped)
    }

    /// True when records `i` and `j` share a phone or email (per `field`) that is not a
    /// household value: evidence of the person rather than of the family.
    func sharePersonalValue(_ field: ComparisonField, _ i: Int, _ j: Int) -> Bool {
        let (column, household): (MultiValueColumn, [Bool])
        switch field {
        case .phone: (column, household) = (table.phones, table.householdPhone)
        case .email: (column, household) = (table.emails, table.householdEmail)
        default: return true
        }
        for x in column.range(i) {
            let v = column.values[x]
            if !household[Int(v)] && column.ids(j).contains(v) { return true }
        }
        return false
    }

    // MARK: - Levels per kind of value

    @inline(__always)
    private func textLevel(_ spec: CompiledComparison, _ ri: Int32, _ ei: Int32, _ rj: Int32, _ ej: Int32, pool: StringPool,
                           romajiFrequency: [Int32], exactFrequency: [Int32],
                           nicknames: [Int32]?) -> (level: Int, frequency: Int32) {
        if (ri == 0 && ei == 0) || (rj == 0 && ej == 0) { return (0, 0) }
        var similarity = -1.0
        for k in 0..<spec.levelCount {
            switch spec.kind(k) {
            case .exact:
                if ri != 0 && ri == rj { return (k + 1, romajiFrequency[Int(ri)]) }
                if ei != 0 && ei == ej { return (k + 1, exactFrequency[Int(ei)]) }
            case .jaroWinkler:
                let threshold = spec.parameters[k]
                guard ri != 0 && rj != 0 else { continue }
                if similarity < 0 {
                    similarity = pool.withBytes(ri) { a in pool.withBytes(rj) { b in JaroWinkler.similarity(a, b) } }
                }
                if similarity >= threshold { return (k + 1, 0) }
            case .editDistance:
                let bound = Int(spec.parameters[k])
                guard ri != 0 && rj != 0 else { continue }
                let d = pool.withBytes(ri) { a in pool.withBytes(rj) { b in BoundedLevenshtein.distance(a, b, bound: bound) } }
                if d <= bound { return (k + 1, 0) }
            case .nickname:
                guard let nicknames, ri != 0 && rj != 0 else { continue }
                let g = nicknames[Int(ri)]
                if g != 0 && g == nicknames[Int(rj)] { return (k + 1, 0) }
            case .dateTypo:
                continue
            case .otherwise:
                return (k + 1, 0)
            }
        }
        return (spec.levelCount, 0)
    }

    @inline(__always)
    private func setLevel(_ spec: CompiledComparison, _ column: MultiValueColumn, _ i: Int, _ j: Int, pool: StringPool,
                          frequency: [Int32]) -> (level: Int, frequency: Int32) {
        let a = column.range(i), b = column.range(j)
        if a.isEmpty || b.isEmpty { return (0, 0) }
        for k in 0..<spec.levelCount {
            switch spec.kind(k) {
            case .exact:
                var best: Int32 = 0
                for x in a {
                    let v = column.values[x]
                    for y in b where column.values[y] == v {
                        let f = frequency[Int(v)]
                        if best == 0 || f < best { best = f }
                    }
                }
                if best > 0 { return (k + 1, best) }
            case .editDistance:
                let bound = Int(spec.parameters[k])
                for x in a {
                    for y in b {
                        let d = pool.withBytes(column.values[x]) { p in
                            pool.withBytes(column.values[y]) { q in BoundedLevenshtein.distance(p, q, bound: bound) }
                        }
                        if d <= bound { return (k + 1, 0) }
                    }
                }
            case .jaroWinkler:
                let threshold = spec.parameters[k]
                for x in a {
                    for y in b {
                        let s = pool.withBytes(column.values[x]) { p in
                            pool.withBytes(column.values[y]) { q in JaroWinkler.similarity(p, q) }
                        }
                        if s >= threshold { return (k + 1, 0) }
                    }
                }
            case .dateTypo, .nickname:
                continue
            case .otherwise:
                return (k + 1, 0)
            }
        }
        return (spec.levelCount, 0)
    }

    @inline(__always)
    private func dateLevel(_ spec: CompiledComparison, _ a: Int32, _ b: Int32) -> (level: Int, frequency: Int32) {
        if a == 0 || b == 0 { return (0, 0) }
        for k in 0..<spec.levelCount {
            switch spec.kind(k) {
            case .exact:
                if a == b { return (k + 1, table.birthdayFrequency[a] ?? 1) }
            case .dateTypo:
                if DateTypo.isTypo(a, b) { return (k + 1, 0) }
            case .editDistance:
                let bound = Int(spec.parameters[k])
                if DateTypo.differingDigits(a, b) <= bound { return (k + 1, 0) }
            case .jaroWinkler, .nickname:
                continue
            case .otherwise:
                return (k + 1, 0)
            }
        }
        return (spec.levelCount, 0)
    }
}

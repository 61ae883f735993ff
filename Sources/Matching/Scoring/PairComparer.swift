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
    let compiled: [CompiledComparison]
    /// Where each comparison's column lies in the table.
    let columns: [ComparisonColumn]
    /// The level kinds of each comparison, and the threshold or bound of level k of comparison
    /// c at `16 * c + k`: small copies for the level decisions (see ``LevelTests``).
    private let tests: [LevelTests]
    private let parameters: [Double]
    /// Index of the birthday comparison, when present (the over-merge guard reads its levels).
    let birthdayComparison: Int?
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
        let lastNameComparison = specs.firstIndex { $0.field == ColumnDefinition.familyName }
        let firstNameComparison = specs.firstIndex { $0.field == ColumnDefinition.givenName }
        self.lastNameComparison = lastNameComparison
        self.firstNameComparison = firstNameComparison
        self.compiled = zip(specs, model.comparisons).map { CompiledComparison(spec: $0, model: $1) }
        self.columns = specs.map { ComparisonColumn(field: $0.field, table: table) }
        self.tests = compiled.map { LevelTests($0) }
        self.parameters = compiled.flatMap { c in (0..<16).map { c.parameters[$0] } }
        self.birthdayComparison = specs.firstIndex { $0.field == "birthday" }
        self.log2Count = (0..<4_096).map { $0 == 0 ? 0 : ScoringModel.Level.log2(Double($0)) }
        self.log2Records = ScoringModel.Level.log2(Double(max(table.frequencyRecordCount, 1)))
        self.log2TermFrequencyMinimum = ScoringModel.Level.log2(termFrequencyMinimum)
        let compiled = self.compiled
        func exactLevel(_ c: Int?) -> Int {
            guard let c else { return 0 }
            let spec = compiled[c]
            return (0..<spec.levelCount).first { spec.kind($0) == .exact }.map { $0 + 1 } ?? 0
        }
        self.lastNameExactLevel = exactLevel(lastNameComparison)
        self.firstNameExactLevel = exactLevel(firstNameComparison)
    }

    /// The level of comparison `c` for records `i` and `j` (0 = missing), and how many records
    /// carry the value that matched exactly (0 when the level is not an exact match).
    /// The comparison dispatches on its column's kind only: any text field takes the text path,
    /// any set field the set path. `swapped` reads record `j`'s other name part (for the name
    /// comparisons; other fields have no partner and read the same column).
    @inline(__always)
    func level(_ c: Int, _ i: Int, _ j: Int, swapped: Bool = false) -> (level: Int, frequency: Int32) {
        let spec = tests[c]
        let column = columns[c]
        switch column.kind {
        case .text:
            let ri = table.textKeys[column.base + i]
            let rj = table.textKeys[(swapped ? column.swapBase : column.base) + j]
            var ei: Int32 = 0, ej: Int32 = 0
            if column.writtenBase >= 0 {
                ei = table.textWritten[column.writtenBase + i]
                ej = table.textWritten[(swapped ? column.swapWrittenBase : column.writtenBase) + j]
            }
            let primary = textLevel(spec, c, ri, ei, rj, ej)
            if column.alternateBase < 0 || primary.level == 1 { return primary }
            return bestAddressLevel(spec, c, column, i, j, primary: primary)
        case .textSet:
            return setLevel(spec, c, column.base, i, j)
        case .date:
            return dateLevel(spec, c, column.base, i, j)
        case .absent:
            return (0, 0)
        }
    }

    /// The best level of address comparison `c` over every pair of addresses of records `i` and
    /// `j` (each record's own address and its other ones): a guest who gave the office address
    /// once and the home address since is one person at either. "Best" is the first level in
    /// the comparison's order that some pair reaches; a pair where either address lacks the
    /// field is missing, which any present level beats.
    private func bestAddressLevel(_ spec: LevelTests, _ c: Int, _ column: ComparisonColumn, _ i: Int, _ j: Int,
                                  primary: (level: Int, frequency: Int32)) -> (level: Int, frequency: Int32) {
        let si = Int(table.addressStarts[i]), ei = Int(table.addressStarts[i + 1])
        let sj = Int(table.addressStarts[j]), ej = Int(table.addressStarts[j + 1])
        if si == ei && sj == ej { return primary }
        var best = primary
        // Row -1 is the record's own address; rows from its start are its other ones.
        for x in (si - 1)..<ei {
            for y in (sj - 1)..<ej where x >= si || y >= sj {
                let rx = x < si ? table.textKeys[column.base + i] : table.alternateKeys[column.alternateBase + x]
                let ry = y < sj ? table.textKeys[column.base + j] : table.alternateKeys[column.alternateBase + y]
                var wx: Int32 = 0, wy: Int32 = 0
                if column.writtenBase >= 0 {
                    wx = x < si ? table.textWritten[column.writtenBase + i] : table.alternateWritten[column.alternateWrittenBase + x]
                    wy = y < sj ? table.textWritten[column.writtenBase + j] : table.alternateWritten[column.alternateWrittenBase + y]
                }
                let candidate = textLevel(spec, c, rx, wx, ry, wy)
                if candidate.level != 0 && (best.level == 0 || candidate.level < best.level) {
                    best = candidate
                    if best.level == 1 { return best }
                }
            }
        }
        return best
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

    /// True when records `i` and `j` share a value of comparison `c`'s set column that is not
    /// a household value (a phone or email): evidence of the person rather than of the family.
    /// Other comparisons always count.
    func sharePersonalValue(_ c: Int, _ i: Int, _ j: Int) -> Bool {
        let column = columns[c]
        guard column.checksHousehold else { return true }
        let a = setRange(column.base, i), b = setRange(column.base, j)
        for x in a {
            let v = table.setValues[x]
            if !table.householdValue[Int(v)] && b.contains(where: { table.setValues[$0] == v }) { return true }
        }
        return false
    }

    @inline(__always)
    private func setRange(_ base: Int, _ r: Int) -> Range<Int> {
        Int(table.setStarts[base + r])..<Int(table.setStarts[base + r + 1])
    }

    // MARK: - Levels per kind of value

    @inline(__always)
    private func textLevel(_ spec: LevelTests, _ c: Int, _ ri: Int32, _ ei: Int32, _ rj: Int32, _ ej: Int32)
        -> (level: Int, frequency: Int32) {
        if (ri == 0 && ei == 0) || (rj == 0 && ej == 0) { return (0, 0) }
        var similarity = -1.0
        for k in 0..<spec.levelCount {
            switch spec.kind(k) {
            case .exact:
                if ri != 0 && ri == rj { return (k + 1, table.textFrequency[Int(ri)]) }
                if ei != 0 && ei == ej { return (k + 1, table.writtenFrequency[Int(ei)]) }
            case .jaroWinkler:
                let threshold = parameters[16 * c + k]
                guard ri != 0 && rj != 0 else { continue }
                if similarity < 0 {
                    similarity = table.textPool.withBytes(ri) { a in table.textPool.withBytes(rj) { b in JaroWinkler.similarity(a, b) } }
                    if ei != 0 && ej != 0 && similarity < 1 && (c == lastNameComparison || c == firstNameComparison) {
                        similarity = max(similarity, writtenLatinSimilarity(ei, ej))
                    }
                }
                if similarity >= threshold { return (k + 1, 0) }
            case .editDistance:
                let bound = Int(parameters[16 * c + k])
                guard ri != 0 && rj != 0 else { continue }
                let d = table.textPool.withBytes(ri) { a in table.textPool.withBytes(rj) { b in BoundedLevenshtein.distance(a, b, bound: bound) } }
                if d <= bound { return (k + 1, 0) }
            case .nickname:
                // Columns without nicknames have group 0 for every value: never a match.
                guard ri != 0 && rj != 0 else { continue }
                let g = table.nicknameGroup[Int(ri)]
                if g != 0 && g == table.nicknameGroup[Int(rj)] { return (k + 1, 0) }
            case .initial:
                // On the written form where there is one: the romaji key of a lone `J` is not
                // the first letter of the key of `John` (the fold spells `j` as `z`).
                let written = ei != 0 && ej != 0
                guard written || (ri != 0 && rj != 0) else { continue }
                let pool = written ? table.writtenPool : table.textPool
                let isInitial = pool.withBytes(written ? ei : ri) { a in
                    pool.withBytes(written ? ej : rj) { b in
                        !a.isEmpty && !b.isEmpty && (a.count == 1 || b.count == 1) && a[0] < 0x80 && b[0] < 0x80
                            && (a[0] | 0x20) == (b[0] | 0x20)
                    }
                }
                if isInitial { return (k + 1, 0) }
            case .tokenSimilarity:
                // Read on the written form (words separated by spaces), where the column has one.
                let threshold = parameters[16 * c + k]
                guard ei != 0 && ej != 0 else { continue }
                let s = table.writtenPool.withBytes(ei) { a in table.writtenPool.withBytes(ej) { b in TokenSimilarity.similarity(a, b) } }
                if s >= threshold { return (k + 1, 0) }
            case .dateTypo:
                continue
            case .otherwise:
                return (k + 1, 0)
            }
        }
        return (spec.levelCount, 0)
    }

    /// Jaro-Winkler of two names as written when both are plain ASCII (Latin names as typed), else 0.
    ///
    /// The romaji key folds a Latin name by Japanese reading rules so that `Taro` and `タロウ`
    /// meet; a typo can change which rule applies, so the keys of `lachlan` / `lachan`
    /// (`lachlan` / `latyan`) or `amber` / `amger` (`anber` / `amger`) fall far apart while the
    /// names as typed are one letter apart. The better of the two similarities counts. Written
    /// forms in other scripts are never compared this way: bytes of two kanji share their UTF-8
    /// lead bytes, which says nothing.
    @inline(__always)
    private func writtenLatinSimilarity(_ ei: Int32, _ ej: Int32) -> Double {
        table.writtenPool.withBytes(ei) { a in
            table.writtenPool.withBytes(ej) { b in
                guard a.allSatisfy({ $0 < 0x80 }) && b.allSatisfy({ $0 < 0x80 }) else { return 0 }
                return JaroWinkler.similarity(a, b)
            }
        }
    }

    @inline(__always)
    private func setLevel(_ spec: LevelTests, _ c: Int, _ base: Int, _ i: Int, _ j: Int) -> (level: Int, frequency: Int32) {
        let a = setRange(base, i), b = setRange(base, j)
        if a.isEmpty || b.isEmpty { return (0, 0) }
        for k in 0..<spec.levelCount {
            switch spec.kind(k) {
            case .exact:
                var best: Int32 = 0
                for x in a {
                    let v = table.setValues[x]
                    for y in b where table.setValues[y] == v {
                        let f = table.setFrequency[Int(v)]
                        if best == 0 || f < best { best = f }
                    }
                }
                if best > 0 { return (k + 1, best) }
            case .editDistance:
                let bound = Int(parameters[16 * c + k])
                for x in a {
                    for y in b {
                        let d = table.setPool.withBytes(table.setValues[x]) { p in
                            table.setPool.withBytes(table.setValues[y]) { q in BoundedLevenshtein.distance(p, q, bound: bound) }
                        }
                        if d <= bound { return (k + 1, 0) }
                    }
                }
            case .jaroWinkler:
                let threshold = parameters[16 * c + k]
                for x in a {
                    for y in b {
                        let s = table.setPool.withBytes(table.setValues[x]) { p in
                            table.setPool.withBytes(table.setValues[y]) { q in JaroWinkler.similarity(p, q) }
                        }
                        if s >= threshold { return (k + 1, 0) }
                    }
                }
            case .dateTypo, .nickname, .tokenSimilarity, .initial:
                continue
            case .otherwise:
                return (k + 1, 0)
            }
        }
        return (spec.levelCount, 0)
    }

    @inline(__always)
    private func dateLevel(_ spec: LevelTests, _ c: Int, _ base: Int, _ i: Int, _ j: Int) -> (level: Int, frequency: Int32) {
        let a = table.dates[base + i], b = table.dates[base + j]
        if a == 0 || b == 0 { return (0, 0) }
        for k in 0..<spec.levelCount {
            switch spec.kind(k) {
            case .exact:
                if a == b { return (k + 1, table.dateFrequency[base + i]) }
            case .dateTypo:
                if DateTypo.isTypo(a, b) { return (k + 1, 0) }
            case .editDistance:
                let bound = Int(parameters[16 * c + k])
                if DateTypo.differingDigits(a, b) <= bound { return (k + 1, 0) }
            case .jaroWinkler, .nickname, .tokenSimilarity, .initial:
                continue
            case .otherwise:
                return (k + 1, 0)
            }
        }
        return (spec.levelCount, 0)
    }
}

import CRMModel
import Matching
import Resolution
import Yams

/// Reads a rules file (YAML) into a ``RuleSet``, refusing anything it does not know with the line.
public enum RulesParser {
    public static let supportedVersion = 1
    /// The fewest random pairs `estimation.u_sample_size` may ask for.
    public static let minimumUSampleSize = 1_000

    /// Parses `yaml`; `source` names the file in errors. Sections the file leaves out keep the
    /// built-in default's values.
    public static func parse(_ yaml: String, source: String) throws(RulesError) -> RuleSet {
        try parse(yaml, source: source, defaults: .standard)
    }

    /// Parses `yaml` over `defaults` (the settings of the sections it leaves out).
    static func parse(_ yaml: String, source: String, defaults: MatchingSettings) throws(RulesError) -> RuleSet {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw RulesError(source: source, line: nil, key: "", message: "the rules file is empty")
            }
            root = node
        } catch let e as RulesError {
            throw e
        } catch let e as YamlError {
            throw RulesError(source: source, line: Self.line(of: e), key: "", message: "not valid YAML: \(Self.describe(e, yaml))")
        } catch {
            throw RulesError(source: source, line: nil, key: "", message: "not valid YAML: \(QuotedText.cut("\(error)"))")
        }
        let top = try YAMLCursor(node: root, path: "", source: source).mapping(allowed: [
            "version", "fields", "normalization", "blocking", "comparisons", "allow_swapped_names", "max_values_per_record",
            "thresholds", "prior", "clustering", "estimation", "training", "victor", "survivorship",
        ])
        guard let versionNode = top["version"] else {
            throw RulesError(source: source, line: 1, key: "version", message: "missing; write `version: 1` at the top")
        }
        let version = try versionNode.int(in: 1...Int.max)
        guard version == supportedVersion else {
            throw versionNode.error("version \(version) is not supported by this tcdedupe (supports \(supportedVersion))")
        }
        var matching = defaults
        // The field mapping first: it declares the text fields that comparisons and keys may name.
        var mapping = FieldMapping()
        if let f = top["fields"] { mapping = try fields(f) }
        let known = KnownFields(mapping)
        if let c = top["comparisons"] { matching.comparisons = try comparisons(c, known) }
        if let b = top["blocking"] { matching.blockingRules = try blocking(b, known) }
        if let s = top["allow_swapped_names"] { matching.allowSwappedNames = try s.bool() }
        if let v = top["max_values_per_record"] { matching.maximumValuesPerRecord = try v.int(in: 1...10_000) }
        if let t = top["thresholds"] {
            let m = try t.mapping(allowed: ["review", "auto_merge"])
            if let r = m["review"] { matching.reviewThreshold = try r.double(in: 0.000001...0.999999) }
            if let a = m["auto_merge"] { matching.autoMergeThreshold = try a.double(in: 0.000001...1) }
            if matching.autoMergeThreshold < matching.reviewThreshold {
                throw (m["auto_merge"] ?? t).error("auto_merge must not be below review")
            }
        }
        if let p = top["prior"] {
            if try p.string() == "estimate" { matching.prior = .estimate } else { matching.prior = .fixed(try p.double(in: 1e-15...0.5)) }
        }
        if let c = top["clustering"] {
            let m = try c.mapping(allowed: ["max_auto_merge_cluster_size", "contradictions", "auto_merge_needs_one_of", "auto_merge_vetoed_by",
                                                "auto_merge_evidence_min_weight"])
            if let w = m["auto_merge_evidence_min_weight"] { matching.autoMergeEvidenceMinimumWeight = try w.double(in: -100...100) }
            if let e = m["auto_merge_needs_one_of"] {
                let names = try e.strings()
                for name in names where !matching.comparisons.contains(where: { $0.name == name }) {
                    throw e.error("\"\(name)\" is not the name of a comparison")
                }
                matching.autoMergeEvidence = names
            }
            if let e = m["auto_merge_vetoed_by"] {
                let names = try e.strings()
                for name in names where !matching.comparisons.contains(where: { $0.name == name }) {
                    throw e.error("\"\(name)\" is not the name of a comparison")
                }
                matching.autoMergeVetoes = names
            }
            if let s = m["max_auto_merge_cluster_size"] { matching.maximumAutoMergeClusterSize = try s.int(in: 2...10_000) }
            if let k = m["contradictions"] {
                let km = try k.mapping(allowed: ["different_birthday", "different_name", "different_given_name"])
                if let g = km["different_given_name"] { matching.contradictions.differentGivenName = try g.bool() }
                if let b = km["different_birthday"] { matching.contradictions.differentBirthday = try b.bool() }
                if let n = km["different_name"] { matching.contradictions.differentName = try n.bool() }
            }
        }
        if let e = top["estimation"] {
            let m = try e.mapping(allowed: ["u_sample_size", "tf_minimum", "seed"])
            // Fewer random pairs than this leave most levels' u at the pseudo-count: results
            // change quietly (0 once dropped auto-merge recall from 0.90 to 0.78).
            if let s = m["u_sample_size"] { matching.uSampleSize = try s.int(in: Self.minimumUSampleSize...100_000_000) }
            if let t = m["tf_minimum"] { matching.termFrequencyMinimum = try t.double(in: 1e-15...0.5) }
            if let s = m["seed"] { matching.seed = UInt64(try s.int(in: 0...Int.max)) }
        }
        if let t = top["training"] { matching.training = try training(t, over: matching.training) }
        var rules = RuleSet(version: version, fields: mapping, normalization: NormalizationRules(),
                            matching: matching, resolution: ResolutionRules(), text: yaml, source: source)
        if let n = top["normalization"] { rules.normalization = try normalization(n) }
        rules.resolution = try resolution(victor: top["victor"], survivorship: top["survivorship"])
        return rules
    }

    /// Yams's message without its copy of the whole offending line: the problem, the place, and
    /// at most ``QuotedText/limit`` characters of the line around it.
    private static func describe(_ error: YamlError, _ yaml: String) -> String {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
            let text = mark.line >= 1 && mark.line <= lines.count ? String(lines[mark.line - 1]) : ""
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return "\(what) at line \(mark.line), column \(mark.column):\n" + QuotedText.snippet(line: text, column: mark.column)
        default:
            return QuotedText.cut("\(error)")
        }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }

    // MARK: - Sections

    private static func fields(_ cursor: YAMLCursor) throws(RulesError) -> FieldMapping {
        var f = FieldMapping()
        let keys: [(String, WritableKeyPath<FieldMapping, [String]>)] = [
            ("franchise_id", \.franchiseID), ("first_name", \.firstName), ("last_name", \.lastName),
            ("first_name_reading", \.firstNameReading), ("last_name_reading", \.lastNameReading),
            ("company_name", \.companyName), ("phones", \.phones), ("emails", \.emails),
            ("birthday", \.birthday), ("reservation_count", \.reservationCount), ("last_visit", \.lastVisit),
            ("created_at", \.createdAt), ("updated_at", \.updatedAt),
            ("postal_code", \.postalCode), ("street", \.street), ("street2", \.street2), ("country", \.country),
        ]
        let m = try cursor.mapping(allowed: Set(keys.map(\.0) + ["text_fields"]))
        for (key, path) in keys {
            guard let c = m[key] else { continue }
            f[keyPath: path] = try paths(c)
        }
        if let t = m["text_fields"] {
            guard case .mapping(let entries) = t.node else { throw t.error("expected `name: [paths]` lines") }
            for (k, v) in entries {
                let name = k.string ?? ""
                let c = YAMLCursor(node: v, path: "\(t.path).\(name)", source: t.source)
                guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }) else {
                    throw c.error("a text field's name is lower-case letters, digits and _")
                }
                guard !ColumnDefinition.isBuiltIn(name), !name.hasSuffix("_initial"), !name.hasSuffix("_exact") else {
                    throw c.error("\(name) is a built-in field or ends in _initial / _exact (blocking key forms); pick another name")
                }
                f.textFields[name] = try paths(c)
            }
        }
        return f
    }

    /// A path or a list of paths, empty ones dropped.
    private static func paths(_ c: YAMLCursor) throws(RulesError) -> [String] {
        let list: [String]
        if case .scalar = c.node { list = [try c.string()] } else { list = try c.strings() }
        return list.filter { !$0.isEmpty }
    }

    private static func training(_ cursor: YAMLCursor, over defaults: TrainingSettings) throws(RulesError) -> TrainingSettings {
        var t = defaults
        let m = try cursor.mapping(allowed: ["enabled", "min_pairs", "sample_pairs", "max_iterations", "tolerance"])
        if let e = m["enabled"] { t.enabled = try e.bool() }
        if let p = m["min_pairs"] { t.minimumPairs = try p.int(in: 1...100_000_000) }
        if let p = m["sample_pairs"] { t.samplePairs = try p.int(in: 1_000...1_000_000_000) }
        if let i = m["max_iterations"] { t.maximumIterations = try i.int(in: 1...10_000) }
        if let x = m["tolerance"] { t.tolerance = try x.double(in: 1e-12...0.1) }
        return t
    }

    private static func normalization(_ cursor: YAMLCursor) throws(RulesError) -> NormalizationRules {
        var n = NormalizationRules()
        let m = try cursor.mapping(allowed: ["default_country", "franchise_countries", "emails", "extra_placeholder_names",
                                             "extra_placeholder_emails"])
        if let c = m["default_country"] { n.defaultCountry = try countryCode(c) }
        if let f = m["franchise_countries"] {
            guard case .mapping(let entries) = f.node else { throw f.error("expected `franchise_id: country code` lines") }
            for (k, v) in entries {
                let franchise = k.string ?? ""
                let c = YAMLCursor(node: v, path: "\(f.path).\(franchise)", source: f.source)
                guard !franchise.isEmpty else { throw c.error("a franchise id is needed before the colon") }
                n.franchiseCountries[franchise] = try countryCode(c)
            }
        }
        if let e = m["emails"] {
            let em = try e.mapping(allowed: ["gmail_ignore_dots", "plus_tag_domains"])
            if let g = em["gmail_ignore_dots"] { n.gmailIgnoreDots = try g.bool() }
            if let p = em["plus_tag_domains"] { n.plusTagDomains = try p.strings().map { $0.lowercased() } }
        }
        if let p = m["extra_placeholder_names"] { n.extraPlaceholderNames = try p.strings() }
        if let p = m["extra_placeholder_emails"] { n.extraPlaceholderEmails = try p.strings() }
        return n
    }

    /// A two-letter country code such as JP or US, upper-cased.
    private static func countryCode(_ c: YAMLCursor) throws(RulesError) -> String {
        let code = try c.string().uppercased()
        guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw c.error("expected a two-letter country code such as JP or US")
        }
        return code
    }

    private static func blocking(_ cursor: YAMLCursor, _ known: KnownFields) throws(RulesError) -> [BlockingRule] {
        var rules: [BlockingRule] = []
        for item in try cursor.sequence() {
            let m = try item.mapping(allowed: ["name", "keys", "max_block_size", "swap_names"])
            guard let name = m["name"], let keys = m["keys"] else { throw item.error("a blocking rule needs `name` and `keys`") }
            var parts: [String] = []
            for k in try keys.sequence() { parts.append(try known.blockingKey(k)) }
            guard !parts.isEmpty else { throw keys.error("list at least one key") }
            let size = try m["max_block_size"]?.int(in: 2...1_000_000) ?? 1_000
            let swap = try m["swap_names"]?.bool() ?? true
            rules.append(BlockingRule(name: try name.string(), keys: parts, symmetricNames: swap, maximumBlockSize: size))
        }
        guard !rules.isEmpty else { throw cursor.error("list at least one blocking rule") }
        return rules
    }

    private static func comparisons(_ cursor: YAMLCursor, _ known: KnownFields) throws(RulesError) -> [ComparisonSpec] {
        var specs: [ComparisonSpec] = []
        for item in try cursor.sequence() {
            let m = try item.mapping(allowed: ["name", "field", "levels"])
            guard let name = m["name"], let field = m["field"], let levels = m["levels"] else {
                throw item.error("a comparison needs `name`, `field` and `levels`")
            }
            var parsed: [ComparisonLevel] = []
            for level in try levels.sequence() { parsed.append(try self.level(level)) }
            guard !parsed.isEmpty, parsed.count <= ComparisonSpec.maximumLevels else {
                throw levels.error("give between 1 and \(ComparisonSpec.maximumLevels) levels")
            }
            specs.append(ComparisonSpec(name: try name.string(), field: try known.field(field), levels: parsed))
        }
        guard !specs.isEmpty, specs.count <= 15 else { throw cursor.error("give between 1 and 15 comparisons") }
        return specs
    }

    private static func level(_ cursor: YAMLCursor) throws(RulesError) -> ComparisonLevel {
        let m = try cursor.mapping(allowed: ["kind", "label", "threshold", "max", "m", "u", "tf"])
        guard let kind = m["kind"] else { throw cursor.error("a level needs `kind`") }
        guard let mNode = m["m"] else { throw cursor.error("a level needs `m` (how often true duplicates reach it)") }
        let predicate: LevelPredicate
        switch try kind.string() {
        case "exact": predicate = .exact
        case "jaro_winkler":
            guard let t = m["threshold"] else { throw cursor.error("jaro_winkler needs `threshold` (0..1)") }
            // 0 would hold for every pair (a "similar" level that says nothing); 1 is exact.
            predicate = .jaroWinkler(try t.double(in: 0.01...1))
        case "edit_distance":
            guard let d = m["max"] else { throw cursor.error("edit_distance needs `max` (edits)") }
            predicate = .editDistance(try d.int(in: 1...8))
        case "token_similarity":
            guard let t = m["threshold"] else { throw cursor.error("token_similarity needs `threshold` (0..1)") }
            predicate = .tokenSimilarity(try t.double(in: 0.01...1))
        case "date_typo": predicate = .dateTypo
        case "nickname": predicate = .nickname
        case "initial": predicate = .initial
        case "different": predicate = .otherwise
        case let other:
            throw kind.error("unknown level kind \"\(QuotedText.cut(other))\" (one of: exact, jaro_winkler, token_similarity, edit_distance, date_typo, nickname, initial, different)")
        }
        return ComparisonLevel(
            label: try m["label"]?.string(), predicate: predicate, m: try mNode.double(in: 1e-9...1),
            u: try m["u"]?.double(in: 1e-12...1), termFrequencyAdjusted: try m["tf"]?.bool() ?? false)
    }
}

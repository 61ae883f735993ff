import CRMModel
import Matching
import Resolution

/// A whole rules file, parsed and checked: what to read, how to normalize, block, score,
/// cluster and resolve.
public struct RuleSet: Sendable {
    public var version: Int
    public var fields: FieldMapping
    public var normalization: NormalizationRules
    public var matching: MatchingSettings
    public var resolution: ResolutionRules
    /// The YAML text the rules came from, stored with each run.
    public var text: String
    /// Where the rules came from: a path, or "<built-in default>".
    public var source: String

    /// A short, stable fingerprint of `text` (FNV-1a, 64 bits, hex), stored with each run so that
    /// two runs can be told apart by their rules.
    public var fingerprint: String {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in text.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The built-in default (the text of `rules/default.yaml`).
    public static func builtIn() -> RuleSet {
        // The default is checked by the tests; failing here would be a build defect.
        do { return try RulesParser.parse(DefaultRules.yaml, source: "<built-in default>") } catch {
            fatalError("the built-in rules do not parse: \(error)")
        }
    }
}

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

    /// The text of `rules/default.yaml`, embedded by SwiftPM at build time: the one source of the
    /// defaults, so the file people read is the file the binary runs.
    public static let defaultText = String(decoding: PackageResources.default_yaml, as: UTF8.self)

    /// The built-in default, parsed from ``defaultText``.
    public static func builtIn() -> RuleSet { parsedDefault }

    /// Parsed once: the standard settings derive from it, and a run may ask for it several times.
    /// Every section is spelled out in the default, so it is parsed against empty settings
    /// (parsing against ``MatchingSettings/standard`` would need the standard to exist already).
    private static let parsedDefault: RuleSet = {
        // The default is checked by the tests; failing here would be a build defect.
        do {
            return try RulesParser.parse(defaultText, source: "<built-in default>",
                                         defaults: MatchingSettings(comparisons: [], blockingRules: []))
        } catch {
            fatalError("the built-in rules do not parse: \(error)")
        }
    }()
}

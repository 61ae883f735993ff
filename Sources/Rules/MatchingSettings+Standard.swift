import Matching

extension MatchingSettings {
    /// The built-in default: the matching part of `rules/default.yaml`, parsed.
    ///
    /// It lives here rather than in Matching because the YAML is its only source (Matching does
    /// not read YAML); code that needs the default without a rules file imports Rules.
    public static var standard: MatchingSettings { RuleSet.builtIn().matching }
}

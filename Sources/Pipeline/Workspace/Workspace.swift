import Rules
import Store
import StoredRuns
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where things are and how they are named: the database path, the rules,
/// and the one-line wording of errors.
public enum Workspace {
    /// `--db`, else `$TCDEDUPE_DB`, else `./tcdedupe.sqlite`.
    public static func databasePath(explicit: String?) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let env = getenv("TCDEDUPE_DB"), let s = String(validatingCString: env), !s.isEmpty { return s }
        return "tcdedupe.sqlite"
    }

    /// The rules file at `path`, or the built-in default.
    public static func loadRules(path: String?) throws -> RuleSet {
        guard let path else { return RuleSet.builtIn() }
        let text: String
        do { text = try TextFile.read(path) } catch {
            throw PipelineError("cannot read the rules file \(path): \(error)",
                                hint: "check the path, or run without --rules to use the built-in default")
        }
        return try RulesParser.parse(text, source: path)
    }

    public static var defaultRulesText: String { RuleSet.defaultText }

    /// An error in one line (a multi-line description, such as a message and its hint on the
    /// next line, is joined with "; "), so that a failed command says one clear thing.
    public static func describe(_ error: Error) -> String { ErrorText.oneLine(error) }
}

extension Workspace {
    /// Opens a store that must already exist (see `CustomerStore.openExisting`).
    static func openExistingStore(_ path: String, mode: StoreOpenMode = .readWrite) throws -> CustomerStore {
        try CustomerStore.openExisting(path, mode: mode)
    }
}

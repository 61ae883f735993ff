import Rules
import Store
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where things are and how they are named: the database path, the rules, the core count,
/// and the one-line wording of errors.
public enum Workspace {
    /// `--db`, else `$TCDEDUPE_DB`, else `./tcdedupe.sqlite`.
    public static func databasePath(explicit: String?) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let env = getenv("TCDEDUPE_DB"), let s = String(validatingCString: env), !s.isEmpty { return s }
        return "tcdedupe.sqlite"
    }

    /// Cores available to this process.
    public static var coreCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

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
    public static func describe(_ error: Error) -> String {
        String(describing: error)
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingPrefix(while: \.isWhitespace) }
            .filter { !$0.isEmpty }
            .joined(separator: "; ")
    }
}

extension Workspace {
    /// Opens a store that must already exist (every command but `import` and `demo` reads one).
    static func openExistingStore(_ path: String) throws -> CustomerStore {
        guard access(path, F_OK) == 0 else {
            throw PipelineError("no database at \(path)", hint: "import customers first (tcdedupe import FILE), or pass --db")
        }
        return try CustomerStore(path: path)
    }
}

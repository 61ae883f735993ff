#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who is deciding: recorded with every decision.
public enum ReviewerName {
    /// `--reviewer`, else `$TCDEDUPE_REVIEWER`, else the login name (`$USER`), else "unknown".
    public static func resolve(explicit: String?) -> String {
        if let explicit, !explicit.trimmingPrefix(while: \.isWhitespace).isEmpty { return explicit }
        for variable in ["TCDEDUPE_REVIEWER", "USER", "LOGNAME"] {
            if let value = getenv(variable), let s = String(validatingCString: value), !s.isEmpty { return s }
        }
        return "unknown"
    }
}

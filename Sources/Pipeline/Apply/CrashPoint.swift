#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A deliberate crash at a named step of `apply`, for rehearsals and the tests that prove a
/// second `apply` ends in the same state as an uninterrupted one.
///
/// Set `TCDEDUPE_APPLY_CRASH=<step>:<n>` with step `snapshotted` (snapshots committed, PUT not
/// sent) or `sent` (PUT answered, not verified): the process exits at once, without cleaning
/// up, when the n-th cluster of this call reaches that step.
struct CrashPoint: Sendable {
    enum Step: String, Sendable {
        case snapshotted
        case sent
    }

    let step: Step
    let count: Int

    static let environmentVariable = "TCDEDUPE_APPLY_CRASH"

    /// The crash point the environment asks for, or nil.
    static func fromEnvironment() -> CrashPoint? {
        guard let raw = getenv(environmentVariable) else { return nil }
        let parts = String(cString: raw).split(separator: ":")
        guard parts.count == 2, let step = Step(rawValue: String(parts[0])), let n = Int(parts[1]), n > 0 else { return nil }
        return CrashPoint(step: step, count: n)
    }

    /// Exits the process when `reached` is this point's step for the `count`-th time.
    func check(_ reached: Step, seen: inout [Step: Int]) {
        guard reached == step else { return }
        seen[reached, default: 0] += 1
        if seen[reached] == count { _exit(75) }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A deliberate crash at a named step of `apply`, for rehearsals and the tests that prove a
/// second `apply` ends in the same state as an uninterrupted one.
///
/// Set `TCDEDUPE_APPLY_CRASH=<step>:<n>` with one of the ``Step``s, one per journal write of a
/// cluster: the process exits at once, without cleaning up, when the n-th cluster of this call
/// reaches that step (`planned` counts once per apply). The unit tests ask for
/// ``Effect/throwError`` instead: the same step ends the `apply` with ``SimulatedCrash``, every
/// other cluster under way stops before its next journal write (as a killed process would),
/// and a fresh `apply` on the same database resumes it.
struct CrashPoint: Sendable {
    enum Step: String, Sendable, CaseIterable {
        /// Every chosen cluster journalled `planned`, nothing fetched.
        case planned
        /// Snapshots committed, PUT not sent.
        case snapshotted
        /// `sent` journalled, the PUT not out yet.
        case sending
        /// The PUT answered (or its answer lost), not verified.
        case sent
        /// `verified` journalled; the victims' sample check not done yet.
        case verified
    }

    /// How the crash happens.
    enum Effect: Sendable {
        /// `_exit(75)`: no cleanup, no further journal writes (rehearsals, end-to-end tests).
        case exitProcess
        /// Throws ``SimulatedCrash`` out of the runner before it writes anything more.
        case throwError
    }

    let step: Step
    let count: Int
    var effect: Effect = .exitProcess

    static let environmentVariable = "TCDEDUPE_APPLY_CRASH"

    /// The crash point the environment asks for, or nil.
    static func fromEnvironment() -> CrashPoint? {
        guard let raw = getenv(environmentVariable) else { return nil }
        let parts = String(cString: raw).split(separator: ":")
        guard parts.count == 2, let step = Step(rawValue: String(parts[0])), let n = Int(parts[1]), n > 0 else { return nil }
        return CrashPoint(step: step, count: n)
    }

    /// Crashes when `reached` is this point's step for the `count`-th time.
    func check(_ reached: Step, seen: inout [Step: Int]) throws(SimulatedCrash) {
        guard reached == step else { return }
        seen[reached, default: 0] += 1
        guard seen[reached] == count else { return }
        switch effect {
        case .exitProcess: _exit(75)
        case .throwError: throw SimulatedCrash(step: reached)
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who is running a matching run or an `apply`: the pid, and a token that tells this process apart from a
/// later one that happens to get the same pid.
///
/// The token is `host|boot id|start time` (Linux: `/proc/sys/kernel/random/boot_id` and field 22
/// of `/proc/PID/stat`). Where those files do not exist, the parts are empty and only the pid
/// counts.
struct ProcessIdentity: Sendable, Equatable {
    var pid: Int64
    var token: String

    /// This process.
    static var current: ProcessIdentity {
        let pid = Int64(getpid())
        return ProcessIdentity(pid: pid, token: token(pid: pid) ?? "\(hostName)||")
    }

    /// Whether the process that started a run is certainly gone.
    ///
    /// The safe rule: only "certainly" counts. A run recorded on another host (a database on a
    /// shared disk) is never taken for gone, since its process cannot be seen from here.
    static func isGone(pid: Int64, token: String) -> Bool {
        let parts = token.split(separator: "|", omittingEmptySubsequences: false)
        guard parts.first.map(String.init) == hostName else { return false }
        if kill(pid_t(pid), 0) != 0 && errno == ESRCH { return true }
        // The pid is taken: by the same process only if its token is the same.
        guard let now = Self.token(pid: pid) else { return false }
        return now != token
    }

    /// The identity of another process on this machine, while it runs (nil when it does not,
    /// or where `/proc` does not exist).
    static func of(pid: Int64) -> ProcessIdentity? {
        token(pid: pid).map { ProcessIdentity(pid: pid, token: $0) }
    }

    private static func token(pid: Int64) -> String? {
        guard let stat = readSmallFile("/proc/\(pid)/stat") else { return nil }
        // Fields after the command name, which is in parentheses and may hold spaces.
        guard let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // Field 22 (start time) is the 20th after the name: fields 3… follow it.
        guard fields.count > 19 else { return nil }
        let boot = readSmallFile("/proc/sys/kernel/random/boot_id") ?? ""
        return "\(hostName)|\(boot.filter { !$0.isWhitespace })|\(fields[19])"
    }

    private static var hostName: String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func readSmallFile(_ path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(fd, &buffer, buffer.count)
        guard count > 0 else { return nil }
        return String(decoding: buffer.prefix(count), as: UTF8.self)
    }
}

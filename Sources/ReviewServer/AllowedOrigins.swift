#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The origins the review page itself has: `http://HOST:PORT` for every name the page can be
/// reached by on the bound port.
///
/// - Loopback: 127.0.0.1, localhost and [::1].
/// - A wildcard address (`0.0.0.0`, `::`): the machine's host name and every address of its
///   network interfaces (a browser on the LAN loads the page from one of them), loopback too.
/// - Any other address: that address.
///
/// Names a browser could only have reached through someone else's DNS (a rebinding attack) are
/// not in the set.
struct AllowedOrigins: Sendable {
    let origins: Set<String>

    init(host: String, port: Int) {
        var hosts: Set<String> = [Self.bracketed(host)]
        if Self.isLoopback(host) || Self.isWildcard(host) { hosts.formUnion(["127.0.0.1", "localhost", "[::1]"]) }
        if Self.isWildcard(host) {
            hosts.formUnion(LocalAddresses.interfaceAddresses().map(Self.bracketed))
            if let name = LocalAddresses.hostName() { hosts.insert(name.lowercased()) }
        }
        origins = Set(hosts.map { "http://\($0):\(port)" })
    }

    func allows(_ origin: String) -> Bool { origins.contains(origin.lowercased()) }

    static func isLoopback(_ host: String) -> Bool { ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host) }

    /// `0.0.0.0` or `::`: every interface.
    static func isWildcard(_ host: String) -> Bool { ["0.0.0.0", "::", "[::]"].contains(host) }

    private static func bracketed(_ host: String) -> String {
        host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
    }
}

/// The origins the review page itself has: `http://HOST:PORT` for the host it listens on and,
/// on loopback, the names a browser may use for it.
struct AllowedOrigins: Sendable {
    let origins: Set<String>

    init(host: String, port: Int) {
        var hosts: Set<String> = [host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host]
        if ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host) { hosts.formUnion(["127.0.0.1", "localhost", "[::1]"]) }
        origins = Set(hosts.map { "http://\($0):\(port)" })
    }

    func allows(_ origin: String) -> Bool { origins.contains(origin.lowercased()) }
}

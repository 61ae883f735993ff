import Foundation

/// HTTP/1.1 over a plain loopback socket, for talking to chromedriver.
///
/// FoundationNetworking's URLSession refuses chromedriver's answers on Linux ("Failed writing
/// header": it writes `Content-Length:250` with no space), so WebDriver commands go through this
/// instead: one connection per request, the body read up to its Content-Length. Each call runs
/// on its own thread so that no Swift concurrency thread waits on the browser.
enum TinyHTTPClient {
    struct Reply: Sendable {
        var status: Int
        var body: Data
    }

    static func send(port: Int, method: String, path: String, body: Data?) async throws -> Reply {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result { try blockingSend(port: port, method: method, path: path, body: body) })
            }
            thread.start()
        }
    }

    static func blockingSend(port: Int, method: String, path: String, body: Data?) throws -> Reply {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw WebDriverClient.Failure(description: "socket() failed") }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 120, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw WebDriverClient.Failure(description: "cannot connect to 127.0.0.1:\(port)") }
        let payload = body ?? Data()
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        if body != nil { head += "Content-Type: application/json; charset=utf-8\r\n" }
        head += "Content-Length: \(payload.count)\r\n\r\n"
        try writeAll(fd, Data(head.utf8) + payload)

        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var headerEnd: Int?
        var contentLength: Int?
        while true {
            if let end = headerEnd, let length = contentLength, received.count - end >= length { break }
            let n = read(fd, &buffer, buffer.count)
            if n <= 0 { break }
            received.append(contentsOf: buffer[0..<n])
            if headerEnd == nil, let range = received.range(of: Data("\r\n\r\n".utf8)) {
                headerEnd = range.upperBound
                contentLength = headerValue("content-length", in: received[..<range.lowerBound]).flatMap { Int($0) }
            }
        }
        guard let end = headerEnd else { throw WebDriverClient.Failure(description: "no HTTP answer from port \(port)") }
        let statusLine = String(decoding: received[..<end], as: UTF8.self).split(separator: "\r\n").first ?? ""
        let parts = statusLine.split(separator: " ")
        let status = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        return Reply(status: status, body: Data(received[end...]))
    }

    private static func headerValue(_ name: String, in head: Data) -> String? {
        for line in String(decoding: head, as: UTF8.self).split(separator: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            if line[..<colon].lowercased() == name {
                return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }

    private static func writeAll(_ fd: Int32, _ data: Data) throws {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                guard n > 0 else { throw WebDriverClient.Failure(description: "write to chromedriver failed") }
                offset += n
            }
        }
    }
}

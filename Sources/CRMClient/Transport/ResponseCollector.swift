import CCurl

/// Where libcurl's callbacks put a response's header lines and body while it arrives.
///
/// Passed to the callbacks as an `Unmanaged` pointer: the callbacks are C function pointers
/// and cannot capture anything.
final class ResponseCollector {
    var body: [UInt8] = []
    var headers: [String: String] = [:]

    func reset() {
        body.removeAll(keepingCapacity: true)
        headers = [:]
    }

    /// Takes one header line (`Name: value\r\n`); a status line starts a new set of headers,
    /// so only the final response's headers are kept (after a `100 Continue`, say).
    func addHeaderLine(_ line: UnsafeRawBufferPointer) {
        let text = String(decoding: line, as: UTF8.self)
        if text.hasPrefix("HTTP/") {
            headers = [:]
            return
        }
        guard let colon = text.firstIndex(of: ":") else { return }
        let name = text[..<colon].lowercased()
        let value = text[text.index(after: colon)...].trimmingCharacters()
        headers[name] = value
    }
}

extension Substring {
    /// Without surrounding spaces, tabs and line ends.
    func trimmingCharacters() -> String {
        var s = self
        while let f = s.first, f == " " || f == "\t" || f == "\r" || f == "\n" || f == "\r\n" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" || l == "\n" || l == "\r\n" { s.removeLast() }
        return String(s)
    }
}

/// CURLOPT_WRITEFUNCTION: appends body bytes to the collector.
func ccurlCollectBody(_ data: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ context: UnsafeMutableRawPointer?) -> Int {
    guard let data, let context else { return 0 }
    let collector = Unmanaged<ResponseCollector>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    collector.body.append(contentsOf: UnsafeRawBufferPointer(start: data, count: length))
    return length
}

/// CURLOPT_HEADERFUNCTION: hands each header line to the collector.
func ccurlCollectHeader(_ data: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ context: UnsafeMutableRawPointer?) -> Int {
    guard let data, let context else { return 0 }
    let collector = Unmanaged<ResponseCollector>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    collector.addHeaderLine(UnsafeRawBufferPointer(start: data, count: length))
    return length
}

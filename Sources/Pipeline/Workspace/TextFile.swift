#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Small files (rules) read, folders made and files removed, with the C library.
public enum TextFile {
    public struct Failure: Error, CustomStringConvertible {
        var path: String
        var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    public static func read(_ path: String) throws -> String {
        guard let f = fopen(path, "rb") else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        defer { fclose(f) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = fread(&buffer, 1, buffer.count, f)
            if n > 0 { bytes.append(contentsOf: buffer[0..<n]) }
            if n < buffer.count { break }
        }
        if ferror(f) != 0 { throw Failure(path: path, reason: "read error") }
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func makeDirectory(_ path: String) throws {
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw Failure(path: path, reason: String(cString: strerror(errno)))
        }
    }

    public static func remove(_ path: String) {
        unlink(path)
    }
}

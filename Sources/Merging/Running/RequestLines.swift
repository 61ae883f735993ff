#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CRMModel
import StoredRuns

/// `apply --dry-run --out FILE.jsonl`: each request that would be sent, one JSON object a line.
final class RequestLines {
    private var file: UnsafeMutablePointer<FILE>?
    private let path: String

    init(path: String) throws {
        guard let f = fopen(path, "wb") else {
            throw PipelineError("cannot write \(path): \(String(cString: strerror(errno)))",
                                hint: "check that the folder exists and that you may write to it")
        }
        file = f
        self.path = path
    }

    func write(_ line: JSONObject) throws {
        let bytes = Array((line.serialized() + "\n").utf8)
        guard let file, fwrite(bytes, 1, bytes.count, file) == bytes.count else {
            throw PipelineError("cannot write \(path): \(String(cString: strerror(errno)))", hint: "is the disk full?")
        }
    }

    /// Flushes and closes the file (once; later calls do nothing).
    func close() throws {
        guard let open = file else { return }
        file = nil
        guard fclose(open) == 0 else {
            throw PipelineError("cannot finish writing \(path): \(String(cString: strerror(errno)))", hint: "is the disk full?")
        }
    }

    deinit {
        if let file { fclose(file) }
    }
}

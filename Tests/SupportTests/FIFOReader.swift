import Foundation

/// Reads a FIFO to its end on a dedicated thread, so a test can write to the FIFO from its own
/// thread without parking a thread of the shared concurrency pool on the blocking open.
final class FIFOReader: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var text = ""

    init(path: String) {
        let thread = Thread { [self] in
            let data = FileHandle(forReadingAtPath: path)?.readDataToEndOfFile() ?? Data()
            text = String(decoding: data, as: UTF8.self)
            done.signal()
        }
        thread.start()
    }

    /// Everything read, once the writer has closed its end.
    func wait() -> String {
        done.wait()
        return text
    }
}

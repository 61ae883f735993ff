import Foundation

/// A report file written in chunks, under a temporary name until it is complete.
///
/// Reports of 10k+ clusters are streamed, so a crash or a full disk halfway would otherwise leave
/// a truncated file that reads like a short, valid report. The text goes to `<path>.partial`
/// and is renamed over `path` only by ``commit()``; a writer dropped before that removes it.
final class ReportFile {
    let path: String
    private let partialPath: String
    private var handle: FileHandle?

    /// Chunks smaller than this are collected before a write.
    static let chunkSize = 1 << 16

    init(path: String) throws(ReportError) {
        self.path = path
        self.partialPath = path + ".partial"
        guard FileManager.default.createFile(atPath: partialPath, contents: nil),
              let handle = FileHandle(forWritingAtPath: partialPath) else {
            throw ReportError(code: .cannotCreate, path: path,
                              message: "cannot create \(partialPath): check that the folder exists and is writable")
        }
        self.handle = handle
    }

    /// Writes `buffer` when it has grown past ``chunkSize`` (or always, with `force`), then empties it.
    func drain(_ buffer: inout [UInt8], force: Bool = false) throws(ReportError) {
        guard let handle else { throw ReportError(code: .alreadyFinished, path: path, message: "the report is already finished") }
        guard force || buffer.count >= ReportFile.chunkSize, !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw ReportError(code: .writeFailed, path: path, message: "write failed: \(error)")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Closes the file and moves it to its final path, replacing any older report there.
    func commit() throws(ReportError) {
        guard let handle else { throw ReportError(code: .alreadyFinished, path: path, message: "the report is already finished") }
        self.handle = nil
        do {
            try handle.close()
        } catch {
            throw ReportError(code: .writeFailed, path: path, message: "close failed: \(error)")
        }
        if rename(partialPath, path) != 0 {
            let reason = String(cString: strerror(errno))
            throw ReportError(code: .writeFailed, path: path, message: "cannot move \(partialPath) into place: \(reason)")
        }
    }

    deinit {
        if let handle {
            try? handle.close()
            unlink(partialPath)
        }
    }
}

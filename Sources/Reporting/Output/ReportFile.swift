import Support

/// A report file written in chunks through ``OutputFile``: complete or not at all.
///
/// Reports of 10k+ clusters are streamed, so a crash or a full disk halfway would otherwise leave
/// a truncated file that reads like a short, valid report. `OutputFile` writes under a temporary
/// name and renames it over the path on ``commit()`` (a pipe, device or `-` is written directly);
/// a writer dropped before that removes what it wrote. This type only keeps the reporting
/// vocabulary: chunks drained from the caller's buffer, and errors as ``ReportError``.
final class ReportFile {
    let path: String
    private let file: OutputFile
    private var finished = false

    /// Chunks smaller than this are collected before a write.
    static let chunkSize = 1 << 16

    init(path: String) throws(ReportError) {
        self.path = path
        do {
            file = try OutputFile(path: path)
        } catch {
            throw ReportError(code: .cannotCreate, path: path, message: error.message)
        }
    }

    /// Writes `buffer` when it has grown past ``chunkSize`` (or always, with `force`), then empties it.
    func drain(_ buffer: inout [UInt8], force: Bool = false) throws(ReportError) {
        guard !finished else { throw ReportError(code: .alreadyFinished, path: path, message: "the report is already finished") }
        guard force || buffer.count >= ReportFile.chunkSize, !buffer.isEmpty else { return }
        do {
            try file.write(buffer)
        } catch {
            throw ReportError(code: .writeFailed, path: path, message: error.message)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Finishes the file and puts it in place, replacing any older report there.
    func commit() throws(ReportError) {
        guard !finished else { throw ReportError(code: .alreadyFinished, path: path, message: "the report is already finished") }
        finished = true
        do {
            try file.commit()
        } catch {
            throw ReportError(code: .writeFailed, path: path, message: error.message)
        }
    }
}

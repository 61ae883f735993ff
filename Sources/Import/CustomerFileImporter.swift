import CRMModel
import Store

/// Imports a customer export file into the store, streaming: the file is never held whole.
///
/// Accepted layouts (told from the first bytes, see ``ImportFormat``): a JSON array of
/// customer objects, JSON Lines, objects printed over several lines one after another, and in
/// each of them saved `customer_search` pages (`{"customers":[…],"pagination":{…}}`).
///
/// How: the file is read in pieces of ``ImportOptions/chunkBytes``; a ``RecordSplitter``
/// finds the records; they are parsed and checked on several threads; accepted records go to a
/// ``CustomerBulkLoader`` with their original bytes, which finally writes them into the
/// database in id order. A bad record is rejected with its line and reason and the rest still
/// import; only a file that cannot be read at all is an ``ImportError``.
///
/// Memory stays near one piece of the file, plus about 40 bytes per record for the sort.
public final class CustomerFileImporter {
    private let store: CustomerStore
    private let options: ImportOptions

    public init(store: CustomerStore, options: ImportOptions = ImportOptions()) {
        self.store = store
        self.options = options
    }

    /// Imports the file at `path`.
    ///
    /// - Parameter progress: called at most about four times a second, and once at the end,
    ///   on the calling thread.
    /// - Throws: ``ImportError`` when the file cannot be read, is empty or is not JSON, the
    ///   rejects file cannot be written, or the database fails.
    public func importFile(at path: String, progress: ((ImportProgress) -> Void)? = nil) throws(ImportError) -> ImportSummary {
        let clock = ContinuousClock()
        let started = clock.now
        let file = try InputFile(path: path)
        let buffer = ReadBuffer(capacity: options.chunkBytes * 2)
        var eof = false
        let format = try Self.readHead(of: file, into: buffer, chunk: options.chunkBytes, eof: &eof)

        let loader: CustomerBulkLoader
        do { loader = try store.bulkLoader() } catch { throw ImportError(error, importing: path) }
        let rejects = try RejectLog(path: options.rejectsPath, keep: options.keptRejects)
        let checker = ParallelChecker(options: options)
        var splitter = RecordSplitter(format: format, maxBytes: options.maxPageBytes, keepBytes: options.maxRecordBytes)
        var accepted = 0
        var pages = 0
        var lastReport = clock.now
        func report(_ phase: ImportProgress.Phase, stored: Int = 0, toStore: Int = 0, force: Bool = false) {
            guard let progress, force || clock.now - lastReport >= .milliseconds(250) else { return }
            lastReport = clock.now
            progress(ImportProgress(phase: phase, records: accepted, rejected: rejects.count,
                                    bytesRead: file.bytesRead, totalBytes: file.size, stored: stored, toStore: toStore))
        }

        while true {
            var records: [RawRecord] = []
            splitter.scan(buffer.bytes, eof: eof) { records.append($0) }
            if !records.isEmpty {
                let raw = buffer.bytes
                for result in checker.check(records, in: raw) {
                    switch result {
                    case .single(let checked):
                        try take(checked, raw, loader: loader, rejects: rejects, accepted: &accepted, path: path)
                    case .page(let checkedRecords):
                        pages += 1
                        for checked in checkedRecords {
                            try take(checked, raw, loader: loader, rejects: rejects, accepted: &accepted, path: path)
                        }
                    }
                }
            }
            let done = splitter.retainFrom
            if done > 0 {
                buffer.dropFirst(done)
                splitter.rebase(by: done)
            }
            report(.reading)
            if eof { break }
            eof = try buffer.read(from: file, size: options.chunkBytes) == 0
        }
        try rejects.close()

        report(.storing, force: true)
        let counts: UpsertCounts
        var distinct = 0
        do {
            counts = try loader.finish { stored, total in
                distinct = total
                report(.storing, stored: stored, toStore: total)
            }
        } catch {
            throw ImportError(error, importing: path)
        }
        report(.finished, stored: distinct, toStore: distinct, force: true)
        return ImportSummary(
            path: path, format: format, imported: accepted, inserted: counts.inserted, updated: counts.updated,
            duplicateIDs: counts.duplicates, rejected: rejects.count, rejects: rejects.kept, pages: pages, bytesRead: file.bytesRead,
            warnings: splitter.warnings, duration: clock.now - started)
    }

    /// Hands an accepted record to the loader, or a rejected one to the log.
    private func take(_ checked: CheckedRecord, _ buffer: UnsafeRawBufferPointer, loader: CustomerBulkLoader,
                      rejects: RejectLog, accepted: inout Int, path: String) throws(ImportError) {
        switch checked {
        case .accepted(let customer):
            do {
                try Self.withBytes(of: customer.raw, in: buffer) { (raw) throws(StoreError) in
                    try loader.add(id: customer.id, franchiseID: customer.franchiseID, updatedAt: customer.updatedAt, raw: raw)
                }
            } catch {
                throw ImportError(error, importing: path)
            }
            accepted += 1
        case .rejected(let reject):
            try Self.withBytes(of: reject.raw, in: buffer) { (raw) throws(ImportError) in try rejects.add(reject, raw: raw) }
        }
    }

    private static func withBytes<E: Error>(of text: RecordText, in buffer: UnsafeRawBufferPointer,
                                            _ body: (UnsafeRawBufferPointer) throws(E) -> Void) throws(E) {
        switch text {
        case .slice(let start, let end):
            try body(UnsafeRawBufferPointer(rebasing: buffer[start..<end]))
        case .kept(let bytes):
            var result: Result<Void, E> = .success(())
            bytes.withUnsafeBytes { raw in result = Result { () throws(E) in try body(raw) } }
            try result.get()
        case .text(let string):
            var string = string
            var result: Result<Void, E> = .success(())
            string.withUTF8 { utf8 in result = Result { () throws(E) in try body(UnsafeRawBufferPointer(utf8)) } }
            try result.get()
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Loads many customers at once, fast whatever order their ids come in.
///
/// Why: customers are kept in id order (`WITHOUT ROWID`), so reading them all in id order is a
/// sequential scan. But inserting rows in random id order into such a table dirties a random
/// page per row: ten times slower once the table outgrows the page cache. So the loader
/// appends each record to a scratch file beside the database and keeps only its id and file
/// offset in memory; ``finish(progress:)`` sorts by id and moves the records into `customers`
/// in id order, so each page of the table is written once.
///
/// Rows with the same id: the last one added wins. Records are moved in transactions of
/// ``commitEvery`` rows: if `finish` fails part-way, the rows moved so far stay, and loading
/// the same input again completes the import (an upsert is idempotent).
///
/// Memory: about 24 bytes plus the id per record (80 MB for 1.65M customers). Disk: the
/// scratch file is about the size of the input, and disappears with the loader (or the process).
///
/// Measured (2 shared cores, 1.65M records of 830 bytes in random id order): adding ~1 s,
/// `finish` ~9 s.
public final class CustomerBulkLoader {
    private let store: CustomerStore
    private let spill: SpillFile
    /// Offset of each record in the spill file, in the order added.
    private var offsets: [UInt64] = []
    /// The first eight bytes of each id, big-endian, so most comparisons are one integer compare.
    private var prefixes: [UInt64] = []
    /// Every id's bytes, one after another, for the sort; `idStarts[i]` is where id i begins.
    private var idBytes: [UInt8] = []
    private var idStarts: [Int] = []

    /// Rows moved per transaction in ``finish()``.
    public var commitEvery = 50_000

    /// Records added so far and not yet moved.
    public var stagedCount: Int { offsets.count }

    init(store: CustomerStore) throws(StoreError) {
        self.store = store
        spill = try SpillFile(nearDatabase: store.path)
    }

    // MARK: Adding

    /// Adds one record, its raw JSON given as bytes (copied at once; the buffer may go away).
    public func add(id: String, franchiseID: String?, updatedAt: String?, raw: UnsafeRawBufferPointer) throws(StoreError) {
        guard raw.count < Int(UInt32.max) else {
            throw StoreError(code: .constraint, path: store.path, message: "customer \(id) is \(raw.count) bytes long",
                             hint: "A customer record must be smaller than 4 GiB; reject such records before loading.")
        }
        offsets.append(UInt64(spill.size))
        var id = id
        var franchise = franchiseID
        var updated = updatedAt
        let nilLength = UInt32.max
        try spill.append(UInt32(id.utf8.count))
        try spill.append(franchise.map { UInt32($0.utf8.count) } ?? nilLength)
        try spill.append(updated.map { UInt32($0.utf8.count) } ?? nilLength)
        try spill.append(UInt32(raw.count))
        try appendText(&id)
        if franchise != nil { try appendText(&franchise!) }
        if updated != nil { try appendText(&updated!) }
        try spill.append(raw)

        idStarts.append(idBytes.count)
        idBytes.append(contentsOf: id.utf8)
        var prefix: UInt64 = 0
        var shift: UInt64 = 56
        for byte in id.utf8.prefix(8) {
            prefix |= UInt64(byte) << shift
            shift &-= 8
        }
        prefixes.append(prefix)
    }

    /// Adds one row.
    public func add(_ row: CustomerRow) throws(StoreError) {
        var raw = row.raw
        var failure: StoreError?
        raw.withUTF8 { utf8 in
            do throws(StoreError) {
                try add(id: row.id, franchiseID: row.franchiseID, updatedAt: row.updatedAt, raw: UnsafeRawBufferPointer(utf8))
            } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Adds rows in order.
    public func add(_ rows: [CustomerRow]) throws(StoreError) {
        for row in rows { try add(row) }
    }

    private func appendText(_ text: inout String) throws(StoreError) {
        var failure: StoreError?
        text.withUTF8 { utf8 in
            do throws(StoreError) { try spill.append(UnsafeRawBufferPointer(utf8)) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    // MARK: Finishing

    /// Moves every record into `customers` (insert new ids, replace known ones), in id order.
    ///
    /// - Parameter progress: called after each transaction with the records moved so far and
    ///   the number to move (repeated ids count once).
    /// - Returns: how many ids were new and how many records replaced a stored customer (a
    ///   repeated id within the load counts as an update).
    /// - Complexity: O(n log n) for the sort of n records, then one ordered pass over the table.
    public func finish(progress: ((_ moved: Int, _ total: Int) -> Void)? = nil) throws(StoreError) -> UpsertCounts {
        let total = offsets.count
        guard total > 0 else { return UpsertCounts() }
        let order = sortedLastOfEachID()
        idBytes = []
        idStarts = []
        prefixes = []
        try spill.flushForReading()
        let db = store.db
        let importedAt = try db.now()
        // Insert, and only when the id is already stored, update: exact counts without a scan.
        let insert = try db.prepare(CustomerStore.insertSQL)
        let update = try db.prepare(CustomerStore.updateSQL)
        try insert.bind(importedAt, at: 5)
        try update.bind(importedAt, at: 5)
        // With the database to itself, the loader writes through a rollback journal: pages added
        // at the end of the file need no journal, so each byte is written once instead of
        // twice (log, then checkpoint). Back to WAL afterwards; when another connection has
        // the database open the switch is refused (busy) and the load simply stays in WAL.
        let leftWAL = (try? db.journalMode(set: "DELETE")) == "delete"
        defer { if leftWAL { _ = try? db.journalMode(set: "WAL") } }
        var counts = UpsertCounts()
        var buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 8)
        defer { buffer.deallocate() }
        var start = 0
        while start < order.count {
            let end = min(start + max(commitEvery, 1), order.count)
            try db.transaction { () throws(StoreError) in
                for index in order[start..<end] {
                    let offset = Int(offsets[index])
                    let length = (index + 1 < offsets.count ? Int(offsets[index + 1]) : spill.size) - offset
                    if length > buffer.count {
                        buffer.deallocate()
                        buffer = .allocate(byteCount: length, alignment: 8)
                    }
                    let bytes = UnsafeMutableRawBufferPointer(rebasing: buffer[0..<length])
                    try spill.read(at: offset, into: bytes)
                    let record = SpilledRecord(UnsafeRawBufferPointer(bytes))
                    try run(insert, with: record)
                    if db.changes > 0 {
                        counts.inserted += 1
                    } else {
                        try run(update, with: record)
                        counts.updated += 1
                    }
                }
            }
            start = end
            progress?(start, order.count)
        }
        counts.duplicates = total - order.count   // repeats within the load, replaced before they were stored
        counts.updated += counts.duplicates
        offsets = []
        return counts
    }

    private func run(_ statement: SQLiteStatement, with record: SpilledRecord) throws(StoreError) {
        try statement.bindText(record.id, at: 1)
        try statement.bindText(record.franchiseID, at: 2)
        try statement.bindText(record.updatedAt, at: 3)
        try statement.bindText(record.raw, at: 4)
        try statement.step()
        statement.reset()
    }

    /// Indexes of the records in ascending byte order of id (what SQLite's BINARY collation
    /// does), keeping only the last record of each id.
    private func sortedLastOfEachID() -> [Int] {
        let count = offsets.count
        var order = Array(0..<count)
        idBytes.withUnsafeBufferPointer { bytes in
            idStarts.withUnsafeBufferPointer { starts in
                prefixes.withUnsafeBufferPointer { prefixes in
                    let base = bytes.baseAddress
                    func compare(_ a: Int, _ b: Int) -> Int32 {
                        if prefixes[a] != prefixes[b] { return prefixes[a] < prefixes[b] ? -1 : 1 }
                        let lengthA = (a + 1 < count ? starts[a + 1] : bytes.count) - starts[a]
                        let lengthB = (b + 1 < count ? starts[b + 1] : bytes.count) - starts[b]
                        let common = min(lengthA, lengthB)
                        if common > 8, let base {
                            let c = memcmp(base + starts[a] + 8, base + starts[b] + 8, common - 8)
                            if c != 0 { return c }
                        }
                        return lengthA == lengthB ? 0 : (lengthA < lengthB ? -1 : 1)
                    }
                    order.sort { a, b in
                        let c = compare(a, b)
                        return c != 0 ? c < 0 : a < b
                    }
                    var kept = 0
                    for position in order.indices {
                        if position + 1 < count && compare(order[position], order[position + 1]) == 0 { continue }
                        order[kept] = order[position]
                        kept += 1
                    }
                    order.removeLast(count - kept)
                }
            }
        }
        return order
    }
}

extension CustomerStore {
    /// A loader for a bulk import: add records, then `finish()` (see ``CustomerBulkLoader``).
    public func bulkLoader() throws(StoreError) -> CustomerBulkLoader {
        try CustomerBulkLoader(store: self)
    }
}

import Normalization
import Parallelism

/// The customers as columns of small integers, built once per run.
///
/// Every comparison field is a column of one of three kinds (``ColumnKind``), named as in the
/// rules file. Columns of a kind are stored side by side in one flat array (column `c`'s value
/// for record `r` at `c * count + r`), and their strings in one pool per kind, so that the
/// scoring loop reads plain integer arrays whichever field it compares: blocking hashes integers,
/// scoring compares integers first and bytes only when it must. Value frequencies (how many
/// records carry each name, phone, email, birthday) are counted here for term-frequency adjustment.
public struct RecordTable: Sendable {
    public let count: Int
    let franchise: [Int32]
    let franchises: StringPool
    /// The columns, in table order.
    let columns: [ColumnDefinition]
    /// Where each column (same order) is stored within the arrays of its kind.
    let storageIndex: [Int]
    /// Where each text column's written form is stored in ``textWritten``, or nil when it has none.
    let writtenIndex: [Int?]

    /// Text columns: comparison keys (romaji for names), ids in ``textPool``; 0 is missing.
    /// Columns of one pool group share ids (swapped names compare by id); other groups never do.
    let textKeys: [Int32]
    /// The written forms of the text columns that have one (names as written: kanji stays kanji),
    /// ids in ``writtenPool``, stored at ``writtenIndex``.
    let textWritten: [Int32]
    let textPool: StringPool
    let writtenPool: StringPool
    /// Records carrying each value, by id (a value in two columns of one group counts in both).
    /// Settable only to freeze them to a whole base's counts (``frozen(to:newRecords:)``).
    var textFrequency: [Int32]
    var writtenFrequency: [Int32]
    /// Nickname group of each text key (0: none), by id in ``textPool``.
    let nicknameGroup: [Int32]

    /// Set columns (CSR): the values of set column `s` for record `r` are
    /// `setValues[setStarts[s * (count + 1) + r] ..< setStarts[s * (count + 1) + r + 1]]`.
    let setStarts: [Int32]
    let setValues: [Int32]
    let setPool: StringPool
    var setFrequency: [Int32]
    /// Values shared within a household (see ``HouseholdValues``), by id in ``setPool``.
    var householdValue: [Bool]

    /// Date columns as `yyyymmdd`, 0 when missing.
    let dates: [Int32]
    /// Records carrying the same date as this record's (0 when missing), same layout as ``dates``.
    var dateFrequency: [Int32]
    /// The record count term-frequency weights divide by: ``count``, or the whole base's when
    /// the frequencies are frozen to it.
    var frequencyRecordCount: Int
    /// Records that had more distinct values in a set column (phones, emails) than the limit:
    /// only their first values take part in blocking and comparison.
    public let cappedRecords: Int

    /// Builds the table: the built-in columns, and a text column for each of `extraTextFields`
    /// (other fields the rules compare or block on, read from ``NormalizedCustomer/texts``).
    /// Independent pools are built side by side on up to `threads` threads. A record's set
    /// columns keep at most `valuesPerRecord` distinct values each (see ``cappedRecords``).
    /// - Complexity: O(total length of all values).
    public init(_ customers: [NormalizedCustomer], threads: Int = ProcessorCount.online, extraTextFields: [String] = [],
                valuesPerRecord: Int = MatchingSettings.defaultMaximumValuesPerRecord) {
        let columns = ColumnDefinition.columns(naming: extraTextFields)
        let layout = ColumnLayout(columns)
        // Each pool and its columns depend on no other, so they are built side by side: interning
        // 1.65M records was one of the longest one-threaded parts of a run.
        let tasks = layout.tasks
        let built = ParallelChunks.map(count: tasks.count, chunkSize: 1, threads: threads) { range in
            tasks[range.lowerBound].build(customers, valueLimit: valuesPerRecord)
        }
        var capped: Set<Int> = []
        var text = JoinedPools(), written = JoinedPools(), sets = JoinedPools()
        var franchise: ColumnBuildTask.Built?
        var dates: [Int32] = [], dateFrequency: [Int32] = []
        var nicknames: [Int32] = [0]
        var setColumns: [MultiValueColumn] = []
        for (task, result) in zip(tasks, built) {
            switch task.product {
            case .franchise: franchise = result
            case .textKeys(let nicknamed):
                _ = text.join(result)
                if nicknamed {
                    let nicknameTable = Nicknames.standard
                    nicknames += (1..<result.pool.count).map { nicknameTable.group(ofKey: result.pool.string(Int32($0))) }
                } else {
                    nicknames += [Int32](repeating: 0, count: result.pool.count - 1)
                }
            case .textWritten: _ = written.join(result)
            case .set:
                capped.formUnion(result.cappedRecords)
                let shift = sets.join(result)
                setColumns.append(result.set!.shifted(by: shift))
            case .date:
                dates += result.columns[0]
                dateFrequency += result.dateFrequency
            }
        }
        self.count = customers.count
        self.frequencyRecordCount = customers.count
        self.cappedRecords = capped.count
        self.columns = columns
        self.storageIndex = layout.storageIndex
        self.writtenIndex = layout.writtenIndex
        self.franchise = franchise!.columns[0]
        self.franchises = franchise!.pool
        self.textKeys = text.ids
        self.textWritten = written.ids
        self.textPool = text.pool
        self.writtenPool = written.pool
        self.textFrequency = Self.frequencies(text.pool.count, text.ids)
        self.writtenFrequency = Self.frequencies(written.pool.count, written.ids)
        self.nicknameGroup = nicknames
        var starts: [Int32] = []
        starts.reserveCapacity(setColumns.count * (customers.count + 1))
        var values: [Int32] = []
        for column in setColumns {
            starts += column.starts.map { $0 + Int32(values.count) }
            values += column.values
        }
        self.setStarts = starts
        self.setValues = values
        self.setPool = sets.pool
        self.setFrequency = Self.frequencies(sets.pool.count, values)
        self.dates = dates
        self.dateFrequency = dateFrequency
        // Household values need the given names, so they are marked once the text pools are joined.
        var household = [Bool](repeating: false, count: sets.pool.count)
        if let given = columns.firstIndex(where: { $0.name == ColumnDefinition.givenName && $0.kind == .text }) {
            let base = layout.storageIndex[given] * customers.count
            let givenNames = text.ids[base..<(base + customers.count)]
            for (s, column) in setColumns.enumerated() {
                let definition = columns[layout.setColumns[s]]
                guard definition.marksHouseholdValues else { continue }
                HouseholdValues.mark(column, in: &household, givenNames: givenNames, pool: text.pool)
            }
        }
        self.householdValue = household
    }

    /// The storage of column `name`, or nil when the table has no such column.
    func address(of name: String) -> (kind: ColumnKind, index: Int)? {
        guard let c = columns.firstIndex(where: { $0.name == name }) else { return nil }
        return (columns[c].kind, storageIndex[c])
    }

    /// The column that record `j` reads instead of `column` when names are swapped: the other
    /// name part for a name, `column` itself for any other field.
    func swapPartner(of column: Int) -> Int {
        let name = columns[column].name
        let partner = name == ColumnDefinition.familyName ? ColumnDefinition.givenName
            : name == ColumnDefinition.givenName ? ColumnDefinition.familyName : name
        return columns.firstIndex { $0.name == partner && $0.kind == columns[column].kind } ?? column
    }

    private static func frequencies(_ size: Int, _ ids: [Int32]) -> [Int32] {
        var counts = [Int32](repeating: 0, count: size)
        for id in ids where id != 0 { counts[Int(id)] += 1 }
        return counts
    }
}

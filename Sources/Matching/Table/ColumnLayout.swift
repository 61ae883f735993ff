/// Where each column of a ``RecordTable`` is stored, and the build tasks that fill the storage.
///
/// Text columns of one pool group are interned together by one task (and their written forms
/// by another); every set and date column has a task of its own; the franchise has one. The
/// tasks are independent, so the table builds them side by side, then joins their pools in
/// task order: that order is what `storageIndex` and `writtenIndex` count.
struct ColumnLayout {
    let storageIndex: [Int]
    let writtenIndex: [Int?]
    /// The table column of each set storage index.
    let setColumns: [Int]
    let tasks: [ColumnBuildTask]

    init(_ columns: [ColumnDefinition]) {
        var groups: [(name: String, members: [Int])] = []
        for (c, column) in columns.enumerated() where column.kind == .text {
            if let g = groups.firstIndex(where: { $0.name == column.poolGroup }) {
                groups[g].members.append(c)
            } else {
                groups.append((column.poolGroup, [c]))
            }
        }
        var storage = [Int](repeating: 0, count: columns.count)
        var written = [Int?](repeating: nil, count: columns.count)
        var tasks = [ColumnBuildTask(product: .franchise, sources: [])]
        var nextText = 0, nextWritten = 0
        for group in groups {
            let sources = group.members.map { columns[$0].source }
            for c in group.members {
                storage[c] = nextText
                nextText += 1
            }
            tasks.append(ColumnBuildTask(product: .textKeys(nicknames: group.members.contains { columns[$0].hasNicknames }),
                                         sources: sources))
            if group.members.contains(where: { columns[$0].hasWrittenForm }) {
                for c in group.members {
                    written[c] = nextWritten
                    nextWritten += 1
                }
                tasks.append(ColumnBuildTask(product: .textWritten, sources: sources))
            }
        }
        var sets: [Int] = []
        var nextDate = 0
        for (c, column) in columns.enumerated() {
            switch column.kind {
            case .text: continue
            case .textSet:
                storage[c] = sets.count
                sets.append(c)
                tasks.append(ColumnBuildTask(product: .set, sources: [column.source]))
            case .date:
                storage[c] = nextDate
                nextDate += 1
                tasks.append(ColumnBuildTask(product: .date, sources: [column.source]))
            }
        }
        self.storageIndex = storage
        self.writtenIndex = written
        self.setColumns = sets
        self.tasks = tasks
    }
}

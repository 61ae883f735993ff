/// Pools built side by side, joined into one id space with their id columns one after another.
///
/// Each group keeps its own ids (shifted), so equal strings of two groups (a company and a
/// street both "tanaka") never share an id: frequencies stay per group.
struct JoinedPools {
    private(set) var pool = StringPool()
    private(set) var ids: [Int32] = []
    /// The groups' alternate-address columns, one after another like ``ids``.
    private(set) var alternateIDs: [Int32] = []

    init() { pool.freeze() }

    /// Appends `built`'s pool and id columns; returns the shift applied to its ids.
    mutating func join(_ built: ColumnBuildTask.Built) -> Int32 {
        let shift = pool.append(built.pool)
        for column in built.columns {
            ids.reserveCapacity(ids.count + column.count)
            for id in column { ids.append(id == 0 ? 0 : id + shift) }
        }
        for column in built.alternateColumns {
            for id in column { alternateIDs.append(id == 0 ? 0 : id + shift) }
        }
        return shift
    }
}

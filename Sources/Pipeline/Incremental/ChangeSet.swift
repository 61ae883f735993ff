import CRMModel
import Store

/// What changed among the customers since a full run, read from the store's change log (see
/// `StoreSchema.changeLogMigration`) instead of from every customer.
///
/// Each customer the log names since the run's position is compared with the run's digest of
/// it: the same bytes again is no change. A changed or gone customer of the run comes with the
/// raw JSON the run read (the log keeps a row's JSON from before each change), whose blocking
/// keys tell which of the run's blocks it leaves.
struct ChangeSet {
    /// A customer of the base run that changed or is gone: its index there and the JSON it had.
    struct Old {
        var index: Int
        var raw: String
    }

    /// A customer stored now that is new or changed since the base run.
    struct New {
        var id: String
        var raw: String
    }

    /// By base index, ascending.
    var old: [Old] = []
    /// By customer id, ascending (as the store orders ids: by their bytes).
    var new: [New] = []
    /// Customers of the base no longer stored, ascending.
    var goneIDs: [String] = []
    var inserted = 0
    var updated = 0
    var deleted: Int { goneIDs.count }

    struct Unreadable: Error {
        var reason: String
    }

    /// The changes since `state`'s position; fails, saying why in one line, when the log cannot
    /// tell what the run read of a customer (it was changed while the run read it).
    static func read(store: CustomerStore, state: StandingState, baseRunID: Int64) throws -> Result<ChangeSet, Unreadable> {
        guard let position = state.changePosition else {
            return .failure(Unreadable(reason: "run \(baseRunID) was made before the change log"))
        }
        let changes = try store.customerChanges(after: position)
        var entries: [String: [String?]] = [:]
        for change in changes { entries[change.customerID, default: []].append(change.oldRaw) }
        let ids = entries.keys.sorted(by: storeOrder)
        let current = try store.customersRaw(ids: ids)
        var set = ChangeSet()
        for id in ids {
            let now = current[id]
            guard let k = state.index(of: id) else {
                if let now {
                    set.new.append(New(id: id, raw: now))
                    set.inserted += 1
                }
                continue
            }
            let digest = state.digests[k]
            if let now, Self.digest(now) == digest { continue }
            // The first logged JSON the run's digest matches is what the run read.
            guard let before = entries[id]?.lazy.compactMap({ $0 }).first(where: { Self.digest($0) == digest }) else {
                return .failure(Unreadable(reason: "the change log does not hold what run \(baseRunID) read of customer \(id)"))
            }
            set.old.append(Old(index: k, raw: before))
            if let now {
                set.new.append(New(id: id, raw: now))
                set.updated += 1
            } else {
                set.goneIDs.append(id)
            }
        }
        set.old.sort { $0.index < $1.index }
        return .success(set)
    }

    static func digest(_ raw: String) -> UInt64 {
        var raw = raw
        return raw.withUTF8 { RawDigest.of(UnsafeRawBufferPointer($0)) }
    }
}

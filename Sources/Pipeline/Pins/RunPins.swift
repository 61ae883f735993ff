import Matching
import Store

/// The live "never merge" pins of the store as the record indexes of one run.
///
/// Pins name customers; a run numbers its records. Only the customers some pin names are looked
/// up (one pass over the run's ids against a small set), so a base of millions with a few
/// thousand pins costs one hash lookup per record. A pin whose customer is gone (deleted, merged
/// away) does nothing and stays as history.
public enum RunPins {
    /// The pins between records of `ids` (record `r` is `ids[r]`).
    public static func cannotLinks(_ store: CustomerStore, ids: [String]) throws -> CannotLinks {
        let pins = try store.livePins()
        guard !pins.isEmpty else { return CannotLinks() }
        var wanted = Set<String>()
        for pin in pins {
            wanted.insert(pin.customerA)
            wanted.insert(pin.customerB)
        }
        var index: [String: Int] = [:]
        for (r, id) in ids.enumerated() where wanted.contains(id) { index[id] = r }
        return CannotLinks(pins.compactMap { pin in
            guard let a = index[pin.customerA], let b = index[pin.customerB] else { return nil }
            return (a, b)
        })
    }
}

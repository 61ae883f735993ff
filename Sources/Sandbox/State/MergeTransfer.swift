import CRMModel

/// What a merge moves from its victims to the victor later, as the API does asynchronously
/// ("it may take several minutes"): reservations, memberships and images.
struct MergeTransfer: Sendable {
    var victorID: String
    var victims: [JSONObject]

    /// Nested arrays that move.
    static let movedArrays = ["reservations", "memberships", "images"]
    /// Counters that add up.
    static let addedCounts = ["reservation_count", "reservations_count", "visit_count"]

    /// The victor with the victims' associated objects added.
    func applied(to victor: JSONObject) -> JSONObject {
        var victor = victor
        for key in Self.movedArrays {
            let moved = victims.flatMap { $0[key]?.arrayValue ?? [] }
            guard !moved.isEmpty else { continue }
            victor[key] = .array((victor[key]?.arrayValue ?? []) + moved)
        }
        for key in Self.addedCounts {
            let added = victims.compactMap { $0[key]?.intValue }
            guard !added.isEmpty else { continue }
            victor[key] = .number(String((victor[key]?.intValue ?? 0) + added.reduce(0, +)))
        }
        return victor
    }
}

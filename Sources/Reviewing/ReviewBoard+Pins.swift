import CRMModel
import Resolution
import Store

/// Decisions that outlive the run: a rejection or a removed member becomes "never merge" pins,
/// undoing it lifts them, and the page sees a cluster's pins and what became of an earlier
/// approval.
extension ReviewBoard {
    /// A rejected cluster of at most this many members pins every pair of them (780 pins at 40);
    /// a bigger one pins its links and every member against its victor (see ``rejectionPairs(_:carried:)``).
    public static let allPairsLimit = 40

    /// The pairs a rejection pins.
    ///
    /// - A cluster that grew past an earlier approval: only the new members against the approved
    ///   ones. The reviewer rejected the new links; the approved core still stands.
    /// - Up to ``allPairsLimit`` members: every pair, so no chain in a later run can join any two.
    /// - Bigger (a shared desk phone, a family's booking email): the links that held it together
    ///   and every member against the victor, 2n pins at most. The same cluster cannot form again
    ///   (its victor is pinned from everyone, its links cannot return), while smaller groups inside
    ///   it, which a rejection of the whole does not judge, may still be suggested on their own.
    public static func rejectionPairs(_ merge: SuggestedMerge, carried: CarriedDecisionRow?) -> [(String, String)] {
        let ids = merge.members.map(\.customerID)
        if let carried, carried.state == .grown {
            let approved = Set(carried.approval.memberIDs)
            let new = ids.filter { !approved.contains($0) }
            return new.flatMap { n in ids.filter { approved.contains($0) }.map { (n, $0) } }
        }
        if ids.count <= allPairsLimit {
            return ids.indices.flatMap { i in ids[(i + 1)...].map { (ids[i], $0) } }
        }
        let victor = merge.plan.victorID
        return merge.explanations.map { ($0.customerA, $0.customerB) } + ids.filter { $0 != victor }.map { (victor, $0) }
    }

    /// The key pins of this cluster are filed under: its stable key, or its number for runs
    /// stored before keys.
    static func pinKey(_ merge: SuggestedMerge) -> String {
        merge.clusterKey ?? "cluster \(merge.clusterID)"
    }

    /// After `action` on a cluster whose decision was `previous`: a rejection pins, an approval
    /// or a reset lifts the pins an earlier rejection of this cluster made (a reset also those
    /// of removed members: it forgets every edit).
    func updatePins(_ merge: SuggestedMerge, _ action: ReviewAction, previous: DecisionRow?, reviewer: String) throws {
        let key = Self.pinKey(merge)
        switch action {
        case .reject:
            let carried = try store.carriedDecision(runID: runID, clusterID: merge.clusterID)
            try store.addPins(Self.rejectionPairs(merge, carried: carried),
                              origin: PinOrigin(reason: .rejected, runID: runID, clusterKey: key, createdBy: reviewer))
        case .approve:
            if previous?.verdict == .rejected {
                try store.liftPins(runID: runID, clusterKey: key, reason: .rejected, by: reviewer)
            }
        case .reset:
            try store.liftPins(runID: runID, clusterKey: key, reason: .rejected, by: reviewer)
            try store.liftPins(runID: runID, clusterKey: key, reason: .removed, by: reviewer)
        }
    }

    /// A member taken out by hand is pinned against every member that stays.
    func pinRemoved(_ memberID: String, from merge: SuggestedMerge, reviewer: String) throws {
        let pairs = merge.members.map(\.customerID).filter { $0 != memberID }.map { (memberID, $0) }
        try store.addPins(pairs, origin: PinOrigin(reason: .removed, runID: runID, clusterKey: Self.pinKey(merge), createdBy: reviewer))
    }

    /// Lifts one pin (the page's "lift" button). - Returns: false when it was already lifted.
    public func liftPin(id: Int64, reviewer: String) throws -> Bool {
        guard try store.pin(id: id) != nil else {
            throw ReviewError(.badRequest, "there is no pin \(id)", hint: "reload the page: tcdedupe pins list shows the pins")
        }
        return try store.liftPin(id: id, by: reviewer)
    }

    /// `value` (a cluster as the page draws it) with its live pins (`pins`: those between its
    /// members, `inside`, and those that keep a record out, with the partner) and what became of
    /// an earlier approval (`carried`).
    func withPinsAndHistory(_ value: JSONValue, _ merge: SuggestedMerge) throws -> JSONValue {
        guard case .object(var object) = value else { return value }
        let members = merge.members.map(\.customerID)
        let inCluster = Set(members)
        let pins = try store.livePins(touching: members)
        object["pins"] = .array(pins.map { pin in
            .object(JSONObject([
                "id": .number(String(pin.id)),
                "customer_a": .string(pin.customerA),
                "customer_b": .string(pin.customerB),
                "inside": .bool(inCluster.contains(pin.customerA) && inCluster.contains(pin.customerB)),
                "reason": .string(pin.reason.rawValue),
                "created_by": .string(pin.createdBy),
                "created_at": .string(pin.createdAt),
            ]))
        })
        if let carried = try store.carriedDecision(runID: runID, clusterID: merge.clusterID) {
            object["carried"] = .object(JSONObject([
                "state": .string(carried.state.rawValue),
                "origin_run_id": .number(String(carried.approval.originRunID)),
                "reviewer": .string(carried.approval.reviewer),
                "decided_at": .string(carried.approval.decidedAt),
                "approved_member_ids": .array(carried.approval.memberIDs.map(JSONValue.string)),
                "new_member_ids": .array(carried.newMemberIDs.map(JSONValue.string)),
                "changed_member_ids": .array(carried.changedMemberIDs.map(JSONValue.string)),
            ]))
        }
        return .object(object)
    }
}

extension ReviewBoard {
    /// The id of this run's cluster known by the stable `key`.
    public func clusterID(key: String) throws -> Int {
        guard let id = try store.clusterID(runID: runID, key: key) else {
            throw ReviewError(.unknownCluster, "run \(runID) has no cluster with key \(key)",
                              hint: "use a cluster_key from this run's report (the id of the cluster's oldest member)")
        }
        return id
    }
}

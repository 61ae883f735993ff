import CRMModel

/// Turns a cluster of customers into one merge: chooses the victor, resolves the fields that
/// survive, and builds the exact `PUT /customers/{victor}` body.
///
/// The body carries only what changes on the victor, and nothing a victim knew is lost:
/// `merge_customer_ids` first, then each plain field whose resolved value differs from the
/// victor's stored one, the memo with the victims' text appended, the union of tags, consent
/// flags at their most restrictive, then the victims' phones, emails, addresses and events the
/// victor lacks, as new entries the API appends (no `overwrite_*` flag, no ids): the victor's own
/// entries are never sent, so none of them can be changed or removed. A minimal body is safer to
/// send (the API replaces every plain field it receives) and shows a reviewer exactly what the
/// merge changes. Everything is deterministic: the same members in any order give the same plan,
/// and resolving again after the merge adds nothing twice.
public struct Resolver: Sendable {
    public var rules: ResolutionRules

    public init(rules: ResolutionRules = ResolutionRules()) {
        self.rules = rules
    }

    /// Resolves a cluster with the victor chosen by the rules.
    ///
    /// A member listed twice (same id) counts once, with a note, so the victor can never appear
    /// among its own victims. A one-member cluster gives a plan with no victims.
    /// - Precondition: `members` is not empty.
    public func plan(for members: [ClusterMember]) -> ResolvedCluster {
        precondition(!members.isEmpty, "cannot resolve an empty cluster")
        var notes: [String] = []
        let ordered = ranked(unique(members, notes: &notes))
        return build(ordered, notes: notes)
    }

    /// Resolves a cluster with a victor a reviewer chose; the other members keep their
    /// victor-choice order. Field survivorship then starts from the chosen victor.
    public func plan(for members: [ClusterMember], victorID: String) throws(ResolutionError) -> ResolvedCluster {
        guard !members.isEmpty else { throw .emptyCluster }
        var notes: [String] = []
        var ordered = ranked(unique(members, notes: &notes))
        guard let index = ordered.firstIndex(where: { $0.id == victorID }) else {
            throw .victorNotInCluster(victorID: victorID, memberIDs: ordered.map(\.id))
        }
        if index != 0 {
            notes.append("victor \(victorID) was chosen by hand; the rules would choose \(ordered[0].id)")
            let chosen = ordered.remove(at: index)
            ordered.insert(chosen, at: 0)
        }
        return build(ordered, notes: notes)
    }

    /// The plan for members already in victor-choice order.
    private func build(_ ordered: [ClusterMember], notes initialNotes: [String]) -> ResolvedCluster {
        var notes = initialNotes
        let victor = ordered[0]
        let victims = ordered.dropFirst()

        var body = JSONObject()
        body["merge_customer_ids"] = .array(victims.map(Resolver.idValue))
        for member in resolveFields(ordered, notes: &notes) {
            body[member.key] = member.value
        }
        // Events first: a second birthday becomes a memo line.
        let events = resolveEvents(ordered, notes: &notes)
        if let memo = resolveMemo(ordered, extraLines: events.memoLines, notes: &notes) {
            body[ResolutionRules.memoField] = memo
        }
        if let tags = resolveTags(ordered, notes: &notes) {
            body[ResolutionRules.tagsField] = .array(tags.map(JSONValue.string))
        }
        for member in resolveConsent(ordered, notes: &notes) {
            body[member.key] = member.value
        }
        let phones = resolvePhones(ordered, notes: &notes)
        if !phones.isEmpty { body["phones"] = .array(phones.map(JSONValue.string)) }
        let emails = resolveEmails(ordered, notes: &notes)
        if !emails.isEmpty { body["emails"] = .array(emails.map(JSONValue.string)) }
        let addresses = resolveAddresses(ordered, notes: &notes)
        if !addresses.isEmpty { body[ResolutionRules.addressesField] = .array(addresses.map(JSONValue.object)) }
        if !events.added.isEmpty { body[ResolutionRules.eventsField] = .array(events.added.map(JSONValue.object)) }

        let plan = MergePlan(victorID: victor.id, victimIDs: victims.map(\.id), body: body)
        let consentFields = rules.consentFlags.map(\.field)
        let members = ordered.map { MemberSummary(member: $0, consentFields: consentFields) }
        return ResolvedCluster(plan: plan, members: members, notes: notes,
                               after: members[0].applying(body, consentFields: consentFields))
    }

    /// The id as the record wrote it: a number stays a number, anything else is sent as text.
    private static func idValue(_ m: ClusterMember) -> JSONValue {
        if case .number(let n)? = m.customer.json["id"], n == m.id { return .number(n) }
        return .string(m.id)
    }

    /// The members without repeated ids, first occurrence kept.
    private func unique(_ members: [ClusterMember], notes: inout [String]) -> [ClusterMember] {
        var seen: Set<String> = []
        var out: [ClusterMember] = []
        out.reserveCapacity(members.count)
        for m in members {
            if seen.insert(m.id).inserted {
                out.append(m)
            } else {
                notes.append("customer \(m.id) is listed more than once in the cluster; it counts once")
            }
        }
        return out
    }
}

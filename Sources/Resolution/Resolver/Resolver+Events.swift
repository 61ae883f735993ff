import CRMModel

/// Events (birthday, anniversary, ...): the union; a person has one birthday, so a second,
/// different one is not added as an event but kept in the memo, never dropped silently.
extension Resolver {
    /// What the events of a merge carry over.
    struct EventCarry {
        /// New event objects for the victor (without ids), in victor-choice order.
        var added: [JSONObject] = []
        /// Per member in victor-choice order: lines for the memo (a birthday that differs from
        /// the one the merged customer keeps).
        var memoLines: [[String]]
    }

    func resolveEvents(_ ordered: [ClusterMember], notes: inout [String]) -> EventCarry {
        var carry = EventCarry(memoLines: Array(repeating: [], count: ordered.count))
        let victorEvents = CustomerEvent.all(of: ordered[0])
        var keys = Set(victorEvents.map(\.key))
        // The birthday the merged customer keeps: the victor's event, else its mapped field.
        var birthday = victorEvents.first(where: { $0.isBirthday && !$0.date.isEmpty })?.date
        if birthday == nil, let mapped = ordered[0].fields.birthday, !Resolver.isBlank(mapped) { birthday = Resolver.trimmed(mapped) }
        for (i, member) in ordered.enumerated().dropFirst() {
            var events = CustomerEvent.all(of: member)
            // A birthday kept in a top-level field (the rules' mapping) counts as an event too.
            if let mapped = member.fields.birthday, !Resolver.isBlank(mapped), !events.contains(where: \.isBirthday) {
                events.append(CustomerEvent(JSONObject(["event_type": .string("birthday"), "date": .string(Resolver.trimmed(mapped))])))
            }
            // A birthday without a date says nothing to keep.
            for event in events where !keys.contains(event.key) && !(event.isBirthday && event.date.isEmpty) {
                keys.insert(event.key)
                if event.isBirthday, let kept = birthday {
                    guard CustomerEvent.dateKey(kept) != CustomerEvent.dateKey(event.date) else { continue }
                    let line = "birthday on that record: \(event.date)"
                    carry.memoLines[i].append(line)
                    notes.append(rules.memo == .append
                        ? "victim \(member.id) has birthday \(event.date), the merged customer keeps \(kept); the other one is written into the memo"
                        : "victim \(member.id) has birthday \(event.date), the merged customer keeps \(kept); the other one is not carried over (survivorship memo: victor)")
                    continue
                }
                if rules.events == .union {
                    carry.added.append(Resolver.newNestedObject(event.object))
                    if event.isBirthday { birthday = event.date }
                } else {
                    notes.append("event \(event.text) of victim \(member.id) is not carried over (survivorship events: victor)")
                }
            }
        }
        return carry
    }
}

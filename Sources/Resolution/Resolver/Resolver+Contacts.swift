import CRMModel

/// Phones, emails and birthdays: the parts of a merge that live in lists or nested objects.
extension Resolver {
    /// Sets `phones` and `overwrite_phones` when the united valid phones differ from what the
    /// victor stores (a victim's new number, or the victor's own numbers rewritten in E.164).
    ///
    /// The united list is the victor's phones, then each victim's in victor-choice order, without
    /// repeats. Invalid phones cannot be written (the API answers 422), so each one the merge loses
    /// is noted. With no valid phone at all nothing is sent, and the victor keeps what it has.
    func resolvePhones(_ ordered: [ClusterMember], into body: inout JSONObject, notes: inout [String]) {
        let victor = ordered[0]
        let united = Resolver.deduplicated(ordered.flatMap(\.phonesE164)) { $0 }
        let overwrite = !united.isEmpty && united != victor.fields.phones
        if overwrite {
            body["phones"] = .array(united.map(JSONValue.string))
            body["overwrite_phones"] = .bool(true)
        }
        let surviving = Set(overwrite ? united : victor.fields.phones)
        for (i, member) in ordered.enumerated() {
            for phone in member.invalidPhones where !surviving.contains(phone) {
                if i == 0 {
                    notes.append("phone \"\(phone)\" of victor \(member.id) is not a valid number; overwrite_phones removes it")
                } else {
                    notes.append("phone \"\(phone)\" of victim \(member.id) is not a valid number and is not carried over")
                }
            }
        }
    }

    /// Sets `emails` and `overwrite_emails` when the united emails differ from what the victor
    /// stores. Emails are united case-insensitively, victor's first; every stored email that does
    /// not end up on the victor (a placeholder the caller left out, say) is noted.
    func resolveEmails(_ ordered: [ClusterMember], into body: inout JSONObject, notes: inout [String]) {
        let victor = ordered[0]
        let united = Resolver.deduplicated(ordered.flatMap(\.emailsWriteForm)) { $0.lowercased() }
        let overwrite = !united.isEmpty && united != victor.fields.emails
        if overwrite {
            body["emails"] = .array(united.map(JSONValue.string))
            body["overwrite_emails"] = .bool(true)
        }
        let surviving = Set((overwrite ? united : victor.fields.emails).map { Resolver.trimmed($0).lowercased() })
        for (i, member) in ordered.enumerated() {
            for email in member.fields.emails where !surviving.contains(Resolver.trimmed(email).lowercased()) {
                if i == 0 {
                    notes.append("email \"\(email)\" of victor \(member.id) is not among the emails written back; overwrite_emails removes it")
                } else {
                    notes.append("email \"\(email)\" of victim \(member.id) is not among the emails written to the victor")
                }
            }
        }
    }

    /// Notes each victim's birthday when the victor has none. Birthdays live in nested `events`,
    /// which a merge does not combine and the resolver does not invent: a person adds it by hand.
    func noteBirthdays(_ ordered: [ClusterMember], body: JSONObject, notes: inout [String]) {
        guard Resolver.isBlank(ordered[0].fields.birthday), body["birthday"] == nil else { return }
        for member in ordered.dropFirst() where !Resolver.isBlank(member.fields.birthday) {
            notes.append("victim \(member.id) has birthday \(member.fields.birthday ?? "") and the victor has none; the merge does not carry it over")
        }
    }

    /// `items` without repeats by `key`, first occurrence kept.
    static func deduplicated(_ items: [String], key: (String) -> String) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert(key($0)).inserted }
    }
}

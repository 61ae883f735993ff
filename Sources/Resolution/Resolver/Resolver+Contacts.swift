import CRMModel

/// Phones and emails: the victims' ones the victor lacks are appended, as the API does with
/// strings sent without `overwrite_phones` / `overwrite_emails`. Nothing of the victor's is sent
/// back, so nothing of it can be lost: a number the victor stores in national form, or one we
/// cannot parse, stays as it is.
extension Resolver {
    /// The victims' valid phones (E.164) that the victor does not hold, in victor-choice order,
    /// each once. Invalid numbers are never written (a strict API refuses the whole PUT with 422):
    /// each one a victim loses is noted.
    func resolvePhones(_ ordered: [ClusterMember], notes: inout [String]) -> [String] {
        let victor = ordered[0]
        var held = Set(victor.phonesE164)
        var added: [String] = []
        for member in ordered.dropFirst() {
            for phone in member.phonesE164 where held.insert(phone).inserted {
                if rules.phones == .append {
                    added.append(phone)
                } else {
                    notes.append("phone \(phone) of victim \(member.id) is not carried over (survivorship phones: victor)")
                }
            }
            for phone in member.invalidPhones where !victor.invalidPhones.contains(phone) {
                notes.append("phone \"\(phone)\" of victim \(member.id) is not a valid number and is not carried over")
            }
        }
        return added
    }

    /// The victims' emails (write form) that the victor does not hold, compared without case, in
    /// victor-choice order, each once. A stored email left out of the write forms (a placeholder
    /// such as `noemail@example.com`) is noted.
    func resolveEmails(_ ordered: [ClusterMember], notes: inout [String]) -> [String] {
        let victor = ordered[0]
        var held = Set(victor.emailsWriteForm.map { $0.lowercased() })
        held.formUnion(victor.fields.emails.map { Resolver.trimmed($0).lowercased() })
        var added: [String] = []
        for member in ordered.dropFirst() {
            for email in member.emailsWriteForm where held.insert(email.lowercased()).inserted {
                if rules.emails == .append {
                    added.append(email)
                } else {
                    notes.append("email \(email) of victim \(member.id) is not carried over (survivorship emails: victor)")
                }
            }
            let written = Set(member.emailsWriteForm.map { $0.lowercased() })
            for email in member.fields.emails where !written.contains(Resolver.trimmed(email).lowercased())
                && !held.contains(Resolver.trimmed(email).lowercased()) {
                notes.append("email \"\(email)\" of victim \(member.id) is not among the emails written to the victor")
            }
        }
        return added
    }

    /// `items` without repeats by `key`, first occurrence kept.
    static func deduplicated(_ items: [String], key: (String) -> String) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert(key($0)).inserted }
    }
}

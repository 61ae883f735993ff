import CRMModel

/// Tags: the union of the members' tags.
extension Resolver {
    /// The victor's tags followed by each victim tag the list lacks (compared by the caller's
    /// fold: case and width do not make a new tag), spelled as its first holder spelled it; nil
    /// when nothing is added. Tags that are not a list of strings are left alone, with a note.
    func resolveTags(_ ordered: [ClusterMember], notes: inout [String]) -> [String]? {
        guard let victorTags = ordered[0].keyedTags() else {
            if ordered.dropFirst().contains(where: { !($0.tagStrings ?? [""]).isEmpty }) {
                notes.append("tags of victor \(ordered[0].id) are not a list of text, so the victims' tags are not carried over")
            }
            return nil
        }
        var keys = Set(victorTags.map(\.key))
        var union = victorTags.map(\.text)
        let before = union.count
        for member in ordered.dropFirst() {
            guard let tags = member.keyedTags() else {
                notes.append("tags of victim \(member.id) are not a list of text and are not carried over")
                continue
            }
            for tag in tags where !tag.key.isEmpty && keys.insert(tag.key).inserted {
                if rules.tags == .union {
                    union.append(Resolver.trimmed(tag.text))
                } else {
                    notes.append("tag \"\(tag.text)\" of victim \(member.id) is not carried over (survivorship tags: victor)")
                }
            }
        }
        return union.count > before ? union : nil
    }
}

import Parallelism
/// Splits a full name that staff typed into one field ("木下 太郎" or "木下太郎" in `first_name`,
/// `last_name` empty) into family and given name, so that it compares part by part.
///
/// With a space the split is at the first space (which part is the family name does not
/// matter: names are also compared swapped). A kanji name without a space is split after the
/// longest prefix that the base itself uses as a family name often enough (learned from the
/// records that fill both fields), so no dictionary is needed and any base teaches its own.
public struct FullNameSplitter: Sendable {
    /// Family names seen at least `minimumSupport` times in records with both parts.
    /// Read by ``LearnedNormalization`` (the standing index keeps it beside a run).
    let familyNames: Set<String>
    public static let minimumSupport = 3

    /// A splitter that knows `familyNames`, learned before (from a run's base).
    public init(familyNames: Set<String>) {
        self.familyNames = familyNames
    }

    /// Learns the family names of `inputs`.
    public init(learningFrom inputs: [CustomerInput]) {
        // Counted per chunk on every core, then summed: family names are few, records many.
        let partial = ParallelChunks.map(ParallelChunks.ranges(count: inputs.count)) { range in
            var counts: [String: Int] = [:]
            for k in range {
                // Raw values, untrimmed: a family name with stray spaces is simply not counted.
                guard let last = inputs[k].lastName, let first = inputs[k].firstName, !first.isEmpty,
                      last.utf8.count <= 9, Self.isHan(last) else { continue }
                counts[last, default: 0] += 1
            }
            return counts
        }
        var counts: [String: Int] = [:]
        for part in partial { counts.merge(part, uniquingKeysWith: +) }
        familyNames = Set(counts.filter { $0.value >= Self.minimumSupport }.keys)
    }

    /// `input` with a full name in one field split in two; unchanged otherwise.
    public func split(_ input: CustomerInput) -> CustomerInput {
        // Most records fill both fields or neither: decide that before touching the strings.
        let lastMissing = input.lastName?.isEmpty ?? true, firstMissing = input.firstName?.isEmpty ?? true
        guard lastMissing != firstMissing else { return input }
        let last = input.lastName.map(Self.trimmed) ?? "", first = input.firstName.map(Self.trimmed) ?? ""
        guard last.isEmpty != first.isEmpty else { return input }
        guard let (family, given) = split(last.isEmpty ? first : last) else { return input }
        var out = input
        out.lastName = family
        out.firstName = given
        return out
    }

    func split(_ name: String) -> (String, String)? {
        let scalars = Array(name.unicodeScalars)
        if let space = scalars.firstIndex(where: { $0 == " " || $0 == "\u{3000}" }) {
            let head = String(String.UnicodeScalarView(scalars[..<space]))
            let tail = Self.trimmed(String(String.UnicodeScalarView(scalars[(space + 1)...])))
            return head.isEmpty || tail.isEmpty ? nil : (head, tail)
        }
        guard Self.isHan(name), scalars.count >= 2, scalars.count <= 6 else { return nil }
        for length in stride(from: min(3, scalars.count - 1), through: 1, by: -1) {
            let prefix = String(String.UnicodeScalarView(scalars[..<length]))
            if familyNames.contains(prefix) {
                return (prefix, String(String.UnicodeScalarView(scalars[length...])))
            }
        }
        return nil
    }

    private static func trimmed(_ s: String) -> String {
        var scalars = Substring(s).unicodeScalars
        while let f = scalars.first, f == " " || f == "\u{3000}" || f == "\t" { scalars.removeFirst() }
        while let l = scalars.last, l == " " || l == "\u{3000}" || l == "\t" { scalars.removeLast() }
        return String(scalars)
    }

    /// Every scalar is a CJK ideograph (or the iteration mark 々).
    private static func isHan(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy {
            (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) || $0.value == 0x3005
        }
    }
}

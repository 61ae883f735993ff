/// What the key stage needs to know about one record's names after cleaning.
struct RecordNames: Sendable {
    /// Usable cleaned readings ("" when missing, a placeholder, or written in kanji).
    var lastReading = ""
    var firstReading = ""
    var lastIsHan = false
    var firstIsHan = false
}

/// What one chunk of the cleaning pass found.
struct ChunkSummary: Sendable {
    /// Distinct non-kanji names and readings, which need romaji keys.
    var keyed = Set<UTF8Key>()
    /// Distinct kanji names that appeared without a reading somewhere.
    var hanWithoutReading = Set<UTF8Key>()
    /// How often each kanji name part came with each usable reading, for the lexicon.
    var observations: [LexiconObservation] = []
}

/// A kanji name part seen `count` times with one reading (both cleaned).
struct LexiconObservation: Sendable {
    var name: String
    var reading: String
    var count: Int
}

/// A (name part, reading) pair by their indices in a chunk's table of distinct strings:
/// counting these costs one integer hash per record.
struct PartPair: Hashable {
    var name: Int32
    var reading: Int32
}

/// A chunk's cache entry for one distinct raw string, with what the chunk has already
/// reported about it (so each distinct string is inserted into the summary once, not per record).
struct PartEntry {
    var part: CleanedPart
    var reportedAsName = false
    var reportedAsReading = false
    var reportedAsHanWithoutReading = false
}

/// A cleaned name part and how ``NameNormalizer`` judged it.
struct CleanedPart: Sendable {
    var cleaned: String
    var isPlaceholder: Bool
    var script: NameScript

    static let missing = CleanedPart(cleaned: "", isPlaceholder: false, script: .empty)

    /// A placeholder that still has letters (`ゲスト`, `guest2`), as opposed to a part left
    /// empty by cleaning (`.`, `様`), which only says something when no other part has a name.
    var isNamedPlaceholder: Bool { isPlaceholder && !cleaned.isEmpty }
}

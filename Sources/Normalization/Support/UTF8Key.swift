/// A string compared and hashed by its UTF-8 bytes, for the batch's caches.
///
/// `String`'s own `==` and hash are canonical-equivalence aware: for every non-ASCII string
/// they consult Unicode normalization data, which made hashing kanji and kana the largest cost
/// of normalizing a million records. Cache keys do not need canonical equivalence (two byte
/// spellings of one name are merely two cache entries that clean to the same result), so
/// bytes are enough and several times faster.
struct UTF8Key: Hashable, Sendable {
    let string: String

    init(_ string: String) {
        self.string = string
    }

    static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
        guard lhs.string.utf8.count == rhs.string.utf8.count else { return false }
        var left = lhs.string, right = rhs.string
        return left.withUTF8 { l in right.withUTF8 { r in l.elementsEqual(r) } }
    }

    func hash(into hasher: inout Hasher) {
        // withUTF8 is free for native and small strings (it copies only bridged ones).
        var copy = string
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// Similarity of two multi-word values whose words may come in another order: each word of one
/// side is matched to its most similar word of the other (Jaro-Winkler), the matches are
/// averaged weighted by word length, and the two directions are averaged (a symmetric
/// Monge-Elkan similarity), in [0, 1].
///
/// Address lines are where this pays: the same two lines exported in another order
/// (`8 allunga cockcroft avenue` / `8 cockcroft avenue allunga`) score 1, a typo in one word
/// (`glenbare` / `glenbrae`) costs little, and a line missing on one side costs its share.
/// Whole-string Jaro-Winkler gives all three a low score because it reads the words in order.
///
/// Words made only of digits (house and flat numbers) count only when equal: `4` and `44` on
/// one street are two addresses, not a typo of one.
///
/// Input words are separated by single spaces (see `AddressNormalizer.streetWords`). At most
/// ``maximumWords`` words of each side are read, so the cost stays bounded. Allocates nothing.
public enum TokenSimilarity {
    public static let maximumWords = 12

    public static func similarity(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        if a.isEmpty || b.isEmpty { return a.isEmpty && b.isEmpty ? 1 : 0 }
        return (directed(a, b) + directed(b, a)) / 2
    }

    public static func similarity(_ a: String, _ b: String) -> Double {
        let x = Array(a.utf8), y = Array(b.utf8)
        return x.withUnsafeBufferPointer { xa in y.withUnsafeBufferPointer { ya in similarity(xa, ya) } }
    }

    /// Length-weighted mean over the words of `a` of the best similarity to a word of `b`.
    private static func directed(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        var total = 0.0, weight = 0.0
        var start = 0, words = 0
        while start < a.count && words < maximumWords {
            var end = start
            while end < a.count && a[end] != space { end += 1 }
            if end > start {
                let word = UnsafeBufferPointer(rebasing: a[start..<end])
                total += Double(word.count) * best(word, in: b)
                weight += Double(word.count)
                words += 1
            }
            start = end + 1
        }
        return weight > 0 ? total / weight : 0
    }

    private static func best(_ word: UnsafeBufferPointer<UInt8>, in b: UnsafeBufferPointer<UInt8>) -> Double {
        let numeric = word.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        var result = 0.0, start = 0, words = 0
        while start < b.count && words < maximumWords {
            var end = start
            while end < b.count && b[end] != space { end += 1 }
            if end > start {
                let other = UnsafeBufferPointer(rebasing: b[start..<end])
                let s: Double
                if numeric || other.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                    s = word.elementsEqual(other) ? 1 : 0
                } else {
                    s = JaroWinkler.similarity(word, other)
                }
                if s > result { result = s }
                if result == 1 { return 1 }
                words += 1
            }
            start = end + 1
        }
        return result
    }

    private static let space = UInt8(ascii: " ")
}

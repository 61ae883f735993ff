#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The weights of every comparison level: m and u probabilities, log2(m/u), and the prior.
///
/// Splink's model, stated plainly: a pair's match weight is the prior's log2 odds plus one
/// weight per comparison; the missing level weighs 0. Exact levels marked for term-frequency
/// adjustment replace u by the frequency of the value that matched.
public struct ScoringModel: Sendable, Hashable {
    public struct Level: Sendable, Hashable {
        public var label: String
        public var m: Double
        public var u: Double
        public var termFrequencyAdjusted: Bool
        public var weight: Double { Self.log2(m / u) }

        public init(label: String, m: Double, u: Double, termFrequencyAdjusted: Bool) {
            self.label = label
            self.m = m
            self.u = u
            self.termFrequencyAdjusted = termFrequencyAdjusted
        }

        static func log2(_ x: Double) -> Double {
            var v = x
            if !(v > 0) { v = 1e-300 }
            return _log2(v)
        }
    }

    public struct Comparison: Sendable, Hashable {
        public var name: String
        public var levels: [Level]

        public init(name: String, levels: [Level]) {
            self.name = name
            self.levels = levels
        }
    }

    public var comparisons: [Comparison]
    /// Probability that two random records of a franchise are one person.
    public var prior: Double

    public init(comparisons: [Comparison], prior: Double) {
        self.comparisons = comparisons
        self.prior = prior
    }

    public var priorWeight: Double { Level.log2(prior / (1 - prior)) }

    /// Probability that a pair is a match, given its match weight.
    @inline(__always)
    public static func probability(weight: Double) -> Double {
        1 / (1 + _exp2(-weight))
    }

    /// Match weight at which the probability reaches `p`.
    public static func weight(probability p: Double) -> Double {
        let q = min(max(p, 1e-15), 1 - 1e-15)
        return Level.log2(q / (1 - q))
    }
}

@inline(__always) func _log2(_ x: Double) -> Double { log2(x) }
@inline(__always) func _exp2(_ x: Double) -> Double { exp2(x) }

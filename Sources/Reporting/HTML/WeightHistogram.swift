import Foundation
import Resolution

/// The clusters' match weights binned for the overview histogram, with the thresholds placed on
/// the same axis.
///
/// A cluster's weight is that of its weakest link; a probability p is the weight log2(p/(1-p)),
/// so the review and auto-merge thresholds become positions on the weight axis.
public struct WeightHistogram: Sendable, Hashable {
    /// Lower edge of the first bin; every bin is `binWidth` wide.
    public var start: Double
    public var binWidth: Double
    public var counts: [Int]
    public var reviewWeight: Double
    public var autoMergeWeight: Double

    /// At most this many bins, so the chart stays readable whatever the spread.
    static let maximumBins = 40

    /// - Complexity: O(n) for n clusters.
    public init(_ merges: [SuggestedMerge], reviewThreshold: Double, autoMergeThreshold: Double) {
        self.init(weights: merges.map(\.matchWeight), reviewThreshold: reviewThreshold, autoMergeThreshold: autoMergeThreshold)
    }

    /// From the clusters' weights alone (a report of a large run reads only these from the store).
    public init(weights allWeights: [Double], reviewThreshold: Double, autoMergeThreshold: Double) {
        reviewWeight = Self.weight(ofProbability: reviewThreshold)
        autoMergeWeight = Self.weight(ofProbability: autoMergeThreshold)
        let weights = allWeights.filter(\.isFinite)
        var low = min(weights.min() ?? reviewWeight, reviewWeight)
        var high = max(weights.max() ?? autoMergeWeight, autoMergeWeight)
        if !low.isFinite { low = 0 }
        if !high.isFinite { high = low + 1 }
        low = low.rounded(.down)
        high = max(high.rounded(.up), low + 1)
        binWidth = max(1, ((high - low) / Double(Self.maximumBins)).rounded(.up))
        start = low
        let bins = Int(((high - low) / binWidth).rounded(.up)) + 1
        counts = [Int](repeating: 0, count: bins)
        for w in weights {
            counts[min(bins - 1, max(0, Int((w - low) / binWidth)))] += 1
        }
    }

    /// log2(p / (1 − p)), clamped so that 0 and 1 stay on a finite axis.
    public static func weight(ofProbability p: Double) -> Double {
        let q = min(max(p, 1e-12), 1 - 1e-12)
        return log2(q / (1 - q))
    }

    /// The upper edge of the last bin.
    public var end: Double { start + binWidth * Double(counts.count) }
}

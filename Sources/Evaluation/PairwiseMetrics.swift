/// Precision, recall and F1 over pairs of customers, at one threshold.
///
/// Conventions for empty sets: with no predicted pairs, precision is 1 (nothing claimed, nothing
/// wrong); with no true pairs, recall is 1. F1 is 0 when precision and recall are both 0.
public struct PairwiseMetrics: Sendable, Hashable {
    /// Pairs counted are those with probability ≥ this value (0 for "every pair").
    public var threshold: Double
    /// Distinct pairs predicted at this threshold.
    public var predictedPairs: Int
    /// Predicted pairs that are true matches.
    public var truePositives: Int
    /// True matching pairs in the evaluated universe (the recall denominator).
    public var truePairs: Int

    public var falsePositives: Int { predictedPairs - truePositives }
    public var falseNegatives: Int { truePairs - truePositives }

    public var precision: Double {
        predictedPairs == 0 ? 1 : Double(truePositives) / Double(predictedPairs)
    }

    public var recall: Double {
        truePairs == 0 ? 1 : Double(truePositives) / Double(truePairs)
    }

    public var f1: Double {
        let p = precision
        let r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    public init(threshold: Double, predictedPairs: Int, truePositives: Int, truePairs: Int) {
        self.threshold = threshold
        self.predictedPairs = predictedPairs
        self.truePositives = truePositives
        self.truePairs = truePairs
    }
}

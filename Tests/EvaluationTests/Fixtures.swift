@testable import Evaluation

/// The small labelled base most tests use:
///
///     entity A: c1 c2 c3   (3 true pairs)
///     entity B: c4 c5      (1 true pair)
///     entity C: c6
///     entity D: c7
///
/// 7 customers, 4 entities, 4 true pairs.
enum Fixtures {
    static let truth = try! GroundTruth(entityByCustomer: [
        "c1": "A", "c2": "A", "c3": "A", "c4": "B", "c5": "B", "c6": "C", "c7": "D",
    ])

    /// Scored pairs with known answers:
    ///
    ///     c1–c2 0.99 true      c3–c4 0.95 false     c2–c3 0.80 true
    ///     c4–c5 0.60 true      c6–c7 0.40 false
    ///     c2–c1 0.50 repeat of c1–c2 (the higher probability counts)
    ///     c1–cX 0.90 unknown id (ignored)   c1–c1 0.90 self pair (ignored)
    static let pairs: [ScoredPair] = [
        ScoredPair("c1", "c2", probability: 0.99),
        ScoredPair("c3", "c4", probability: 0.95),
        ScoredPair("c2", "c3", probability: 0.80),
        ScoredPair("c4", "c5", probability: 0.60),
        ScoredPair("c6", "c7", probability: 0.40),
        ScoredPair("c2", "c1", probability: 0.50),
        ScoredPair("c1", "cX", probability: 0.90),
        ScoredPair("c1", "c1", probability: 0.90),
    ]
}

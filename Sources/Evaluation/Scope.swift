/// The evaluated customers: truth ∩ universe, with entity sizes restricted to them.
struct Scope {
    /// Whether each truth customer (by index) is evaluated.
    let included: [Bool]
    let evaluatedCount: Int
    let unknownCount: Int
    /// Evaluated customers per entity index.
    let entitySizes: [Int32]
    let truePairs: Int

    init(truth: GroundTruth, universe: Set<String>?) {
        var included: [Bool]
        var unknown = 0
        if let universe {
            included = [Bool](repeating: false, count: truth.customerCount)
            for id in universe {
                if let i = truth.customerIndex[id] { included[Int(i)] = true } else { unknown += 1 }
            }
        } else {
            included = [Bool](repeating: true, count: truth.customerCount)
        }
        var sizes = [Int32](repeating: 0, count: truth.entityCount)
        var evaluated = 0
        for (i, isIn) in included.enumerated() where isIn {
            sizes[Int(truth.entityOfCustomer[i])] += 1
            evaluated += 1
        }
        self.included = included
        self.evaluatedCount = evaluated
        self.unknownCount = unknown
        self.entitySizes = sizes
        self.truePairs = sizes.reduce(0) { $0 + Int($1) * (Int($1) - 1) / 2 }
    }

    /// The index of an evaluated customer, or `nil` if unknown or outside the universe.
    func index(of id: String, in truth: GroundTruth) -> Int? {
        guard let i = truth.customerIndex[id], included[Int(i)] else { return nil }
        return Int(i)
    }
}

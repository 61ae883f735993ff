/// Letter case of a romanised name on one record.
enum LetterCase: UInt8 {
    case capitalized, upper, lower

    static let sampler = WeightedSampler(weights: [0.55, 0.30, 0.15])

    func apply(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        switch self {
        case .capitalized: LatinForms.capitalized(s)
        case .upper: LatinForms.uppercased(s)
        case .lower: LatinForms.lowercased(s)
        }
    }
}

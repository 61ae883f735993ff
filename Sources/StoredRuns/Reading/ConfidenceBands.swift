/// The confidence bands a run's summary and the HTML report count clusters in.
public enum ConfidenceBands {
    /// Lower edges of the bands, highest band first.
    public static let floors: [Double] = [0.999, 0.99, 0.95, 0.9, 0.8, 0]
}

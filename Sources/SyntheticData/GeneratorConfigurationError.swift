/// A generator knob is out of range.
public struct GeneratorConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The name of the ``GeneratorConfiguration`` property.
    public var knob: String
    /// The value given.
    public var value: Double
    /// What the value must be.
    public var message: String

    public var description: String {
        "generator setting \(knob) = \(value) \(message)"
    }
}

/// A value handed to worker threads that only read it, or write disjoint parts of it (each
/// chunk its own slots of a buffer). The caller vouches for that; the compiler cannot.
public struct UncheckedSendable<Value>: @unchecked Sendable {
    public let value: Value

    public init(_ value: Value) { self.value = value }
    public init(value: Value) { self.value = value }
}

/// A column with several values per record (phones, emails), stored flat (CSR layout):
/// the values of record `r` are `values[starts[r] ..< starts[r + 1]]`.
public struct MultiValueColumn: Sendable {
    private(set) var starts: [Int32] = [0]
    private(set) var values: [Int32] = []

    init() {}

    mutating func append<S: Sequence>(_ ids: S) where S.Element == Int32 {
        values.append(contentsOf: ids)
        starts.append(Int32(values.count))
    }

    @inline(__always)
    func range(_ record: Int) -> Range<Int> { Int(starts[record])..<Int(starts[record + 1]) }

    func ids(_ record: Int) -> ArraySlice<Int32> { values[range(record)] }

    /// The same column with every value id shifted, once its pool joins a larger one.
    func shifted(by shift: Int32) -> MultiValueColumn {
        var column = self
        column.values = values.map { $0 + shift }
        return column
    }
}

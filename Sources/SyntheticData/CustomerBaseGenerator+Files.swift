import Foundation

extension CustomerBaseGenerator {
    /// The header line of the truth CSV.
    public static let truthHeader = "customer_id,entity_id"

    /// Writes the base as JSON Lines and its truth as CSV (`customer_id,entity_id`), in large
    /// buffered chunks.
    ///
    /// - Throws: ``GenerationFileError`` naming the file that could not be created or written.
    @discardableResult
    public func generate(toJSONL customersPath: String, truthCSV truthPath: String) throws(GenerationFileError)
        -> GenerationSummary
    {
        var customers = try ChunkedFileWriter(path: customersPath)
        var truth = try ChunkedFileWriter(path: truthPath)
        try truth.write(Array((Self.truthHeader + "\n").utf8))
        let summary = try run { (line: UnsafeBufferPointer<UInt8>, entityID: [UInt8]) throws(GenerationFileError) in
            try customers.write(line)
            try customers.write(UInt8(ascii: "\n"))
            try truth.write(UnsafeBufferPointer(rebasing: line[Self.idRange]))
            try truth.write(UInt8(ascii: ","))
            try truth.write(entityID)
            try truth.write(UInt8(ascii: "\n"))
        }
        try customers.close()
        try truth.close()
        return summary
    }
}

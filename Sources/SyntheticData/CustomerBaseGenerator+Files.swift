import Support

extension CustomerBaseGenerator {
    /// The header line of the truth CSV.
    public static let truthHeader = "customer_id,entity_id"

    /// Writes the base as JSON Lines and its truth as CSV (`customer_id,entity_id`), in large
    /// buffered chunks, each through ``OutputFile`` (complete or not at all; `-` is standard
    /// output).
    ///
    /// - Throws: ``FileWriteError`` naming the file that could not be created or written.
    @discardableResult
    public func generate(toJSONL customersPath: String, truthCSV truthPath: String) throws(FileWriteError)
        -> GenerationSummary
    {
        let customers = try OutputFile(path: customersPath)
        let truth = try OutputFile(path: truthPath)
        try truth.write(Self.truthHeader + "\n")
        let summary = try run { (line: UnsafeBufferPointer<UInt8>, entityID: [UInt8]) throws(FileWriteError) in
            try customers.write(line)
            try customers.write(UInt8(ascii: "\n"))
            try truth.write(UnsafeBufferPointer(rebasing: line[Self.idRange]))
            try truth.write(UInt8(ascii: ","))
            try truth.write(entityID)
            try truth.write(UInt8(ascii: "\n"))
        }
        try customers.commit()
        try truth.commit()
        return summary
    }
}

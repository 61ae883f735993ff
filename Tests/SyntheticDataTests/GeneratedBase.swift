import Foundation
@testable import SyntheticData

/// A small generated base, parsed once and shared by the tests that inspect its content.
struct GeneratedBase {
    /// One decoded JSON object per record, in output order.
    let records: [[String: Any]]
    /// The raw JSON lines.
    let lines: [String]
    /// Truth rows in output order.
    let truth: [(customerID: String, entityID: String)]
    let summary: GenerationSummary

    /// Read-only after creation; `static let` initialisation is thread-safe.
    nonisolated(unsafe) static let standard = GeneratedBase(customers: 6000, seed: 7)

    init(customers: Int, seed: UInt64) {
        let generator = try! CustomerBaseGenerator(configuration: GeneratorConfiguration(customers: customers, seed: seed))
        var lines: [String] = []
        var truth: [(String, String)] = []
        summary = generator.generate(
            writeCustomer: { lines.append(String(decoding: $0, as: UTF8.self)) },
            writeTruth: { truth.append(($0, $1)) })
        self.lines = lines
        self.truth = truth.map { (customerID: $0.0, entityID: $0.1) }
        records = lines.map { line in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8))
            return object as? [String: Any] ?? [:]
        }
    }

    /// Raw bytes of a whole base, as the file writer would produce them.
    static func bytes(customers: Int, seed: UInt64) -> [UInt8] {
        let generator = try! CustomerBaseGenerator(configuration: GeneratorConfiguration(customers: customers, seed: seed))
        var out: [UInt8] = []
        _ = generator.generate(
            writeCustomer: { out.append(contentsOf: $0); out.append(10) },
            writeTruth: { out.append(contentsOf: Array("\($0),\($1)\n".utf8)) })
        return out
    }

    /// Phone digits in a comparable form: full-width folded, national Japanese made international.
    static func phoneKey(_ phone: String) -> String {
        let folded = phone.precomposedStringWithCompatibilityMapping
        let digits = String(folded.filter { $0.isASCII && $0.isNumber })
        if folded.hasPrefix("+") { return digits }
        if digits.hasPrefix("0") { return "81" + digits.dropFirst() }
        return digits
    }
}

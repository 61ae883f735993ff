import Foundation
import Import
import Store

/// A temporary folder with a store, where a test writes an input file and imports it.
final class ImportFixture {
    let folder: String
    let store: CustomerStore

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("tcdedupe-import-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        store = try CustomerStore(path: "\(folder)/tc.db")
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    func path(_ name: String) -> String { "\(folder)/\(name)" }

    /// Writes `bytes` to a file in the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = path(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

    /// Imports the file `name` with `options`.
    func importFile(_ name: String, options: ImportOptions = ImportOptions(),
                    progress: ((ImportProgress) -> Void)? = nil) throws -> ImportSummary {
        try CustomerFileImporter(store: store, options: options).importFile(at: path(name), progress: progress)
    }

    /// The stored raw text of a customer.
    func raw(_ id: String) throws -> String? { try store.customer(id: id)?.raw }

    /// Every stored id, in order.
    func ids() throws -> [String] { try store.loadCustomersRaw().map(\.id) }
}

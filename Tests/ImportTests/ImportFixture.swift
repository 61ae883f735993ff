import Foundation
import Import
import Store
import TestSupport

/// A temporary folder with a store, where a test writes an input file and imports it.
final class ImportFixture {
    let scratch: TemporaryFolder
    let store: CustomerStore

    init() throws {
        scratch = try TemporaryFolder("tcdedupe-import-tests")
        store = try CustomerStore(path: scratch.file("tc.db"))
    }

    var folder: String { scratch.path }

    func path(_ name: String) -> String { scratch.file(name) }

    /// Writes `bytes` to a file in the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String { try scratch.write(name, bytes) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try scratch.write(name, text) }

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

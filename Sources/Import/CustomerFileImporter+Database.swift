#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Store

extension CustomerFileImporter {
    /// What ``importFile(at:intoDatabaseAt:options:progress:)`` did.
    public struct DatabaseImport {
        public var summary: ImportSummary
        /// Customers in the database after the import (earlier ones included).
        public var customersInStore: Int
    }

    /// Imports the file at `path` into the database at `databasePath`, creating the database
    /// when there is none.
    ///
    /// When the import fails and the database was created by this import and holds no
    /// customer, the database is removed again: a failed first import (a wrong file name, a
    /// CSV) must not leave an empty database behind that later commands would take for a real one.
    public static func importFile(
        at path: String, intoDatabaseAt databasePath: String, options: ImportOptions = ImportOptions(),
        progress: ((ImportProgress) -> Void)? = nil
    ) throws -> DatabaseImport {
        var store: CustomerStore? = try CustomerStore(path: databasePath)
        do {
            let importer = CustomerFileImporter(store: store!, options: options)
            let summary = try importer.importFile(at: path, progress: progress)
            return DatabaseImport(summary: summary, customersInStore: try store!.customerCount())
        } catch {
            let created = store?.createdFile == true
            let empty = (try? store?.customerCount()) == 0
            store = nil   // closes the connection before the files go
            if created && empty {
                for suffix in ["", "-wal", "-shm", "-journal"] { unlink(databasePath + suffix) }
            }
            throw error
        }
    }
}

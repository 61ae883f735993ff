import Store
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CustomerStore {
    /// Opens a store that must already exist (every command but `import` and `demo` reads one),
    /// so that a mistyped `--db` is reported instead of creating an empty database.
    /// Commands that only read pass `.readOnly`, so they work where the file may not be written.
    public static func openExisting(_ path: String, mode: StoreOpenMode = .readWrite) throws -> CustomerStore {
        guard access(path, F_OK) == 0 else {
            throw PipelineError("no database at \(path)", hint: "import customers first (tcdedupe import FILE), or pass --db")
        }
        return try CustomerStore(path: path, mode: mode)
    }
}

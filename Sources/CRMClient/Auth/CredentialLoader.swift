#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the API key: a file readable only by its owner, or the `TABLECHECK_API_KEY`
/// environment variable. Never a command-line argument: those show in `ps` and shell history.
public enum CredentialLoader {
    /// The environment variable read when no file is given.
    public static let environmentVariable = "TABLECHECK_API_KEY"

    /// The key from `file` when given, else from the environment.
    ///
    /// - Throws: ``CRMClientError`` `.credentialMissing` when there is none,
    ///   `.credentialFileUnsafe` when the file may be read by group or others, `.credentialFileUnreadable`.
    public static func load(file: String?, environment: [String: String]? = nil) throws(CRMClientError) -> APICredential {
        if let file { return try loadFile(file) }
        let value: String?
        if let environment {
            value = environment[environmentVariable]
        } else {
            value = getenv(environmentVariable).flatMap { String(validatingCString: $0) }
        }
        guard let value, let credential = APICredential(key: value) else {
            throw CRMClientError(
                .credentialMissing, "no API key: \(environmentVariable) is not set and no --api-key-file was given",
                hint: "export \(environmentVariable)=… or pass --api-key-file PATH (a file readable only by you: chmod 600)")
        }
        return credential
    }

    static func loadFile(_ path: String) throws(CRMClientError) -> APICredential {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw CRMClientError(.credentialFileUnreadable, "cannot read the API key file \(path): \(String(cString: strerror(errno)))",
                                 hint: "check the path given to --api-key-file")
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw CRMClientError(.credentialFileUnreadable, "the API key file \(path) is not a regular file",
                                 hint: "give --api-key-file the path of a file holding only the key")
        }
        let groupOrOthers = mode_t(S_IRWXG | S_IRWXO)
        guard info.st_mode & groupOrOthers == 0 else {
            let mode = String(info.st_mode & 0o777, radix: 8)
            throw CRMClientError(.credentialFileUnsafe, "the API key file \(path) may be read by other users (mode \(mode))",
                                 hint: "run chmod 600 \(path), and consider replacing the key if others could read it")
        }
        guard let file = fopen(path, "rb") else {
            throw CRMClientError(.credentialFileUnreadable, "cannot open the API key file \(path): \(String(cString: strerror(errno)))",
                                 hint: "check the file's owner and permissions")
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n > 0 { bytes.append(contentsOf: buffer[0..<n]) }
            if n < buffer.count || bytes.count > 65_536 { break }
        }
        guard let credential = APICredential(key: String(decoding: bytes, as: UTF8.self)) else {
            throw CRMClientError(.credentialFileUnreadable, "the API key file \(path) is empty or holds more than one line",
                                 hint: "put only the key in the file")
        }
        return credential
    }
}

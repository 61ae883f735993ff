import CRMClient
import Foundation
import Testing
import TestSupport

@Suite("The API key stays secret")
struct CredentialTests {
    static let key = "tc-live-0123456789abcdef"

    @Test("printing, interpolating, dumping or reflecting a credential never shows the key")
    func redacted() throws {
        let credential = try #require(APICredential(key: Self.key))
        var dumped = ""
        dump(credential, to: &dumped)
        let texts = ["\(credential)", String(describing: credential), String(reflecting: credential), dumped,
                     "\(Mirror(reflecting: credential).children.map { "\($0.label ?? ""): \($0.value)" })"]
        for text in texts { #expect(!text.contains(Self.key)) }
        #expect(credential.headerValue(scheme: "Bearer") == "Bearer \(Self.key)")
    }

    @Test("a key file that group or others may read is refused; one only its owner reads is used")
    func filePermissions() throws {
        let folder = try TemporaryFolder("tcdedupe-credentials")
        let path = folder.file("key")
        try (Self.key + "\n").write(toFile: path, atomically: true, encoding: .utf8)

        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        do { _ = try CredentialLoader.load(file: path); Issue.record("a world-readable key file was accepted") } catch {
            #expect(error.code == .credentialFileUnsafe)
            #expect(error.message.contains("644"))
            #expect(!error.description.contains(Self.key))
        }

        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        let credential = try CredentialLoader.load(file: path)
        #expect(credential.headerValue(scheme: "") == Self.key)
    }

    @Test("without a file the key comes from TABLECHECK_API_KEY, and its absence is a clear error")
    func environment() throws {
        let credential = try CredentialLoader.load(file: nil, environment: ["TABLECHECK_API_KEY": Self.key])
        #expect(credential.appears(in: "x \(Self.key) y"))
        do { _ = try CredentialLoader.load(file: nil, environment: [:]); Issue.record("no key accepted") } catch {
            #expect(error.code == .credentialMissing)
            #expect(error.hint.contains("TABLECHECK_API_KEY"))
        }
    }
}

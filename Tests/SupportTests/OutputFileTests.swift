import Foundation
import Support
import Testing
import TestSupport

/// The four promises of ``OutputFile`` (issue 11): atomic replacement of regular files, writing
/// through links, pipes and devices, `-` for standard output, and private new files.
@Suite("Output files")
struct OutputFileTests {
    private func entries(_ folder: TemporaryFolder) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test("a regular file keeps its old content until commit, then holds the new, with nothing left beside it")
    func regularFileIsReplacedAtomically() throws {
        let folder = try TemporaryFolder("output-file")
        let path = try folder.write("report.json", "old")
        let file = try OutputFile(path: path)
        try file.write("new content")
        try file.flush()
        #expect(try folder.read("report.json") == "old")
        try file.commit()
        #expect(try folder.read("report.json") == "new content")
        #expect(try entries(folder) == ["report.json"])
    }

    @Test("a writer dropped before commit leaves the old file and no temporary one")
    func abandonedWriteLeavesOldFile() throws {
        let folder = try TemporaryFolder("output-file")
        let path = try folder.write("base.jsonl", "old")
        do {
            let file = try OutputFile(path: path)
            try file.write("half a line")
            try file.flush()
        }
        #expect(try folder.read("base.jsonl") == "old")
        #expect(try entries(folder) == ["base.jsonl"])
    }

    @Test("a new file is readable and writable by its owner only")
    func newFileIsPrivate() throws {
        let folder = try TemporaryFolder("output-file")
        let file = try OutputFile(path: folder.file("customers.csv"))
        try file.write("a,b\n")
        try file.commit()
        var info = stat()
        #expect(stat(folder.file("customers.csv"), &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
    }

    @Test("through a symbolic link the linked file gets the content and the link stays a link")
    func symbolicLinkIsWrittenThrough() throws {
        let folder = try TemporaryFolder("output-file")
        let target = try folder.write("target.html", "old")
        try FileManager.default.createSymbolicLink(atPath: folder.file("latest.html"), withDestinationPath: target)
        let file = try OutputFile(path: folder.file("latest.html"))
        try file.write("<!doctype html>")
        try file.commit()
        #expect(try folder.read("target.html") == "<!doctype html>")
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.file("latest.html"))
        #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
        #expect(try entries(folder) == ["latest.html", "target.html"])
    }

    @Test("a FIFO is written directly and stays a FIFO")
    func fifoIsWrittenDirectly() throws {
        let folder = try TemporaryFolder("output-file")
        let fifo = folder.file("pipe")
        #expect(mkfifo(fifo, 0o600) == 0)
        // The writer's open waits for a reader: read on a thread of its own, never on a
        // thread of the shared concurrency pool that other tests (and servers) need.
        let received = FIFOReader(path: fifo)
        let file = try OutputFile(path: fifo)
        try file.write("line 1\nline 2\n")
        try file.commit()
        #expect(received.wait() == "line 1\nline 2\n")
        var info = stat()
        #expect(lstat(fifo, &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFIFO)
        #expect(try entries(folder) == ["pipe"])
    }

    @Test("a missing folder is a cannotCreate error naming the path")
    func missingFolder() throws {
        let folder = try TemporaryFolder("output-file")
        let path = folder.file("no-such-folder/report.csv")
        #expect {
            try OutputFile(path: path)
        } throws: { error in
            (error as? FileWriteError)?.code == .cannotCreate && (error as? FileWriteError)?.path == path
        }
    }

    @Test("writing after commit is refused")
    func writeAfterCommit() throws {
        let folder = try TemporaryFolder("output-file")
        let file = try OutputFile(path: folder.file("x"))
        try file.commit()
        #expect(throws: FileWriteError.self) { try file.write("late") }
    }
}

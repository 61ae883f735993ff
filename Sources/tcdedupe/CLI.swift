import ArgumentParser
import Pipeline
import Support
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Output conventions of the command-line tool: results on stdout, progress and problems on
/// stderr, one clear line and a non-zero exit on failure. Everything printed goes through
/// ``TerminalText``: customer data carries control characters a terminal would obey.
enum CLI {
    /// A result on stdout, control characters escaped (line breaks and tabs kept).
    static func say(_ text: String) {
        print(TerminalText.escaped(text, keepingLineBreaks: true))
    }

    /// Runs `body`; a failure becomes one line on stderr and exit code 1.
    static func perform(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch {
            throw exit(for: error)
        }
    }

    /// What a failed command throws to ArgumentParser: its own usage errors and exit codes as
    /// they are; anything else printed as one line, then exit code 1.
    static func exit(for error: Error) -> Error {
        if error is ValidationError || error is ExitCode { return error }
        finishProgress()
        FileHandleStandardError.write("error: \(TerminalText.escaped(Workspace.describe(error), keepingLineBreaks: true))\n")
        return ExitCode(1)
    }

    /// A line for people on stderr, so that stdout stays clean for the result.
    static func note(_ message: String) {
        FileHandleStandardError.write(TerminalText.escaped(message, keepingLineBreaks: true) + "\n")
    }

    static func warn(_ message: String) {
        FileHandleStandardError.write("warning: \(TerminalText.escaped(message, keepingLineBreaks: true))\n")
    }

    nonisolated(unsafe) private static var progressOpen = false
    private static let isTerminal = isatty(2) != 0

    /// A progress line on stderr: rewritten in place on a terminal, one line each otherwise.
    @Sendable static func progressLine(_ text: String) {
        let text = TerminalText.escaped(text)
        if isTerminal {
            FileHandleStandardError.write("\r\u{1B}[2K" + text)
            progressOpen = true
        } else {
            FileHandleStandardError.write(text + "\n")
        }
    }

    /// Ends an in-place progress line so that the next output starts on a fresh line.
    static func finishProgress() {
        if progressOpen {
            FileHandleStandardError.write("\r\u{1B}[2K")
            progressOpen = false
        }
    }
}

/// Writes to stderr without Foundation.
enum FileHandleStandardError {
    static func write(_ s: String) {
        var bytes = Array(s.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = writeToDescriptor(2, buffer.baseAddress! + offset, buffer.count - offset)
                if n <= 0 { break }
                offset += n
            }
        }
    }
}

/// The POSIX write(2), under a name that a type's own `write` cannot shadow.
private func writeToDescriptor(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, bytes, count)
}

/// Flushes stdout, so a line a parent process waits for (the sandbox's address) arrives now.
func fflushStandardOutput() {
    fflush(nil)
}

import CRMModel
import StoredRuns
import Support

/// `apply --dry-run --out FILE.jsonl`: each request that would be sent, one JSON object a line,
/// written through ``OutputFile`` (complete or not at all; `-` is standard output).
final class RequestLines {
    private let file: OutputFile
    private let path: String
    private var closed = false

    init(path: String) throws {
        self.path = path
        do {
            file = try OutputFile(path: path)
        } catch {
            throw PipelineError("cannot write \(path): \(error.message)",
                                hint: "check that the folder exists and that you may write to it")
        }
    }

    func write(_ line: JSONObject) throws {
        do {
            try file.write(line.serialized() + "\n")
        } catch {
            throw PipelineError("cannot write \(path): \(error.message)", hint: "is the disk full?")
        }
    }

    /// Finishes the file and puts it in place (once; later calls do nothing).
    func close() throws {
        guard !closed else { return }
        closed = true
        do {
            try file.commit()
        } catch {
            throw PipelineError("cannot finish writing \(path): \(error.message)", hint: "is the disk full?")
        }
    }
}

import Testing
import Parallelism

/// Collects what the jobs did; touched only by the worker's jobs, read after `finish`.
private final class Log: @unchecked Sendable {
    var entries: [Int] = []
}

private struct JobFailed: Error, Equatable {
    let job: Int
}

@Suite("A serial worker")
struct SerialWorkerTests {
    @Test("runs jobs one after another in the order they were submitted")
    func runsJobsInOrder() throws {
        let log = Log()
        let worker = SerialWorker(label: "test.order", depth: 2)
        for k in 0..<200 { worker.submit { log.entries.append(k) } }
        try worker.finish()
        #expect(log.entries == Array(0..<200))
    }

    @Test("rethrows the first error and skips the jobs after it")
    func rethrowsFirstErrorAndSkipsLaterJobs() {
        let log = Log()
        let worker = SerialWorker(label: "test.error")
        for k in 0..<10 {
            worker.submit {
                if k == 3 || k == 6 { throw JobFailed(job: k) }
                log.entries.append(k)
            }
        }
        #expect(throws: JobFailed(job: 3)) { try worker.finish() }
        #expect(log.entries == [0, 1, 2])
    }

    @Test("finishing twice, or with nothing submitted, returns at once")
    func finishIsIdempotent() throws {
        let worker = SerialWorker(label: "test.idle")
        try worker.finish()
        worker.submit {}
        try worker.finish()
        try worker.finish()
    }
}

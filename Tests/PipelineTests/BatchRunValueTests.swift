import Foundation
import Pipeline
import Testing

/// `BatchRun` is a value again after a spell as a class (a workaround for an optimised-build
/// crash that could not be reproduced). These runs copy the value the way callers do — into a
/// closure that runs on another thread — and check that the copy runs exactly like the original.
@Suite("A batch run as a value", .serialized)
struct BatchRunValueTests {
    @Test("a copy executed on another thread finds the same clusters as the original")
    func copyOnAnotherThreadFindsTheSameClusters() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        let imported = try fixture.importAndRun(backgroundCustomers(200) + BatchRunTests.people, threads: 2)
        let original = BatchRun(databasePath: fixture.database, rules: try PipelineFixture.rules(), threads: 2)

        let here = try original.execute()
        let copy = original
        let there = try Self.onAnotherThread { try copy.execute() }

        #expect(here.clusters > 0)
        for summary in [here, there] {
            #expect(summary.clusters == imported.clusters)
            #expect(summary.autoMergeClusters == imported.autoMergeClusters)
            #expect(summary.customersInClusters == imported.customersInClusters)
            #expect(summary.victims == imported.victims)
            #expect(summary.clustersByConfidence.map(\.clusters) == imported.clustersByConfidence.map(\.clusters))
            #expect(summary.rulesFingerprint == imported.rulesFingerprint)
        }
        #expect(Set([imported.runID, here.runID, there.runID]).count == 3)
    }

    /// Runs `body` on a thread of its own and waits for it.
    private static func onAnotherThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.result = Result { try body() }
            done.signal()
        }
        thread.stackSize = 8 << 20   // as much as the main thread has: a debug build is stack-hungry
        thread.start()
        done.wait()
        return try box.result!.get()
    }
}

/// Carries a result from the worker thread; written before the semaphore is signalled and read
/// after the wait, which orders the two.
private final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}

import Testing
import Parallelism

@Suite("Parallel chunks")
struct ParallelChunksTests {
    @Test("give their results in chunk order, the same for any thread count")
    func resultsInChunkOrderForAnyThreadCount() {
        let one = ParallelChunks.map(count: 10_000, chunkSize: 333, threads: 1) { Array($0) }
        let four = ParallelChunks.map(count: 10_000, chunkSize: 333, threads: 4) { Array($0) }
        #expect(one == four)
        #expect(one.flatMap { $0 } == Array(0..<10_000))
    }

    @Test("cover nothing for an empty range")
    func emptyRangeGivesNoChunks() {
        #expect(ParallelChunks.map(count: 0, chunkSize: 10, threads: 2) { $0.count }.isEmpty)
    }
}

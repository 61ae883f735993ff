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

    @Test("map the elements of an array in order, the same as a serial map")
    func mapElementsKeepsOrder() {
        let words = (0..<50_000).map { "w\($0)" }
        #expect(ParallelChunks.mapElements(words, threads: 4) { $0.uppercased() } == words.map { $0.uppercased() })
        #expect(ParallelChunks.mapElements([Int](), threads: 4) { $0 * 2 }.isEmpty)
        #expect(ParallelChunks.mapElements([1, 2, 3], threads: 1) { $0 * 2 } == [2, 4, 6])
    }
}

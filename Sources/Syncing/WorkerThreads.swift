#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a blocking body on `count` threads of its own and waits for all of them.
///
/// Why own threads and not Dispatch's pool or Swift concurrency's: each body blocks on the
/// network (the client waits for its answer), and blocking the shared pools would starve
/// whatever else runs on them (the in-process sandbox of the tests, for one).
enum WorkerThreads {
    static func run(count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        guard count > 1 else {
            body(0)
            return
        }
        var threads: [pthread_t] = []
        for index in 0..<count {
            let box = Unmanaged.passRetained(Work { body(index) })
            var thread = pthread_t()
            let rc = pthread_create(&thread, nil, { raw in
                let work = Unmanaged<Work>.fromOpaque(raw!).takeRetainedValue()
                work.body()
                return nil
            }, box.toOpaque())
            if rc == 0 {
                threads.append(thread)
            } else {
                box.release()
                body(index)   // no thread to be had: do this share here
            }
        }
        for thread in threads { pthread_join(thread, nil) }
    }

    private final class Work: Sendable {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }
}

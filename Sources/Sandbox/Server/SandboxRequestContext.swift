import Hummingbird
import Logging
import NIOCore

/// The per-request context: Hummingbird's core storage plus the connection, which the drop
/// fault closes without answering.
struct SandboxRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = CoreRequestContextStorage(source: source)
        channel = source.channel
    }
}

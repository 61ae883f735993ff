import CRMClient
import CRMModel
import Store
import Synchronization
import StoredRuns

/// `tcdedupe export`: every customer (or those a search matches) from the CRM API into the store.
///
/// Walks `POST /customer_search` page by page with the newest `scroll_id` until a page comes
/// back empty. Each page is upserted by id together with the export's state, in one
/// transaction, so an interrupted export (Ctrl-C, crash, network loss) resumes from its last
/// stored page with `--resume`. A scroll that expired (unused for five minutes, or lost with
/// the interruption) is replaced by a new one from the start: customers already stored are
/// upserted again, never duplicated. So is a scroll whose id keeps failing with any other
/// status after the client's retries (a 500 or 422 every time): its id is dropped from the
/// stored state before the new scroll starts, so `--resume` never sends it again. At the end the customers stored by this export are
/// counted and compared with `total_results`.
public struct ExportJob: Sendable {
    public var options: ExportOptions

    /// Scroll restarts tolerated in one run before giving up (each re-reads from the start).
    public static let maxScrollRestarts = 20

    public init(options: ExportOptions) {
        self.options = options
    }

    /// - Parameters:
    ///   - progress: called after each stored page.
    ///   - notice: told about things worth a line (a scroll restarted).
    public func run(progress: (@Sendable (ExportProgress) -> Void)?, notice: (@Sendable (String) -> Void)? = nil) throws -> ExportResult {
        let baseURL = try options.connection.baseURL()
        let retries = Mutex(0)
        let client = try options.connection.makeClient(observer: { _ in retries.withLock { $0 += 1 } })
        let store = try CustomerStore(path: options.databasePath)
        var state = try startingState(store: store, baseURL: baseURL, notice: notice)
        if state.pages == 0 && state.scrollID == nil && state.scrollsStarted == 0 {
            try recordSyncCursor(client: client, store: store, baseURL: baseURL, notice: notice)
        }

        let clock = ContinuousClock()
        let started = clock.now
        var receivedThisRun = 0
        var restarts = 0
        while true {
            let page: SearchPage
            switch Self.fetch(client, state: &state) {
            case .success(let fetched):
                page = fetched
            case .failure(let error):
                let dead = state.scrollID != nil && Self.isDeadScroll(error)
                guard error.code == .scrollExpired || dead else { throw error }
                // Forgotten at once, before anything else: `--resume` never sends it again.
                state.scrollID = nil
                try store.saveExportState(state)
                restarts += 1
                guard restarts <= Self.maxScrollRestarts else {
                    throw PipelineError("the scroll expired or failed \(restarts) times in one run (last: \(error.message))",
                                        hint: "the API forgets scrolls unused for 5 minutes: check that nothing slows the export (a low --rate?); "
                                            + "--resume starts a new scroll")
                }
                notice?((dead ? "the scroll failed for good (\(error.message))" : "the scroll expired")
                        + " after \(group(state.receivedInScroll)) customers; starting a new one (stored customers are upserted, not duplicated)")
                continue
            }
            if page.isEnd { break }
            let rows = page.customers.map { customer in
                CustomerRow(id: customer.id, franchiseID: customer.json["franchise_id"]?.scalarText,
                            updatedAt: customer.json["updated_at"]?.scalarText, raw: customer.json.serialized())
            }
            state.scrollID = page.scrollID
            state.totalResults = page.totalResults ?? state.totalResults
            state.pages += 1
            state.received += rows.count
            state.receivedInScroll += rows.count
            receivedThisRun += rows.count
            try store.storeExportPage(rows, state: state)
            progress?(ExportProgress(received: state.receivedInScroll, total: state.totalResults, receivedThisRun: receivedThisRun,
                                     seconds: Self.seconds(started.duration(to: clock.now)), pages: state.pages))
            if page.scrollID == nil { break }   // no way on: the contract always sends one, so treat it as the end
        }
        state = try store.finishExport(state)
        // A full export has stored every customer the CRM holds: the others were deleted there.
        let markedGone = (try? Self.parseSearch(state.search))?.isEmpty == true
            ? try store.markCustomersGone(notStoredSince: state.startedAt, reason: "export: absent from a full export") : 0
        return ExportResult(
            apiURL: baseURL.text, stored: try store.customersStored(since: state.startedAt), totalResults: state.totalResults,
            pages: state.pages, received: state.received, receivedThisRun: receivedThisRun, scrollsStarted: state.scrollsStarted, retries: retries.withLock { $0 },
            seconds: Self.seconds(started.duration(to: clock.now)), customersInStore: try store.customerCount(), resumed: options.resume,
            markedGone: markedGone)
    }

    /// Records where the Sync API's feed stands *before* the first page is read, so that the
    /// next `sync` reads every change made during and after this export (a change the scroll
    /// already saw is read again: upserted, no harm). A Sync API that does not answer (no
    /// access, another deployment) does not stop the export: the cursor is forgotten, and
    /// `sync` will say to export again.
    private func recordSyncCursor(client: CRMClient, store: CustomerStore, baseURL: BaseURL,
                                  notice: (@Sendable (String) -> Void)?) throws {
        do {
            let cursor = try client.latestSyncCursor()
            try store.recordSyncCursor(cursor?.query ?? "", apiURL: baseURL.text)
        } catch let error as CRMClientError where error.code != .unauthorized {
            try store.recordSyncCursor(nil, apiURL: baseURL.text)
            notice?("the Sync API did not answer (\(error.message)): no change cursor recorded, so tcdedupe sync will need another export")
        }
    }

    /// Whether a failed `scroll_id` request means the scroll is dead: the server answered it,
    /// with any error status, after the client's own retries (a 500 every time, a 422, a 404,
    /// a page that is not JSON). The contract only says an expired scroll must be replaced;
    /// how a dead one is answered is not written down (410, 422 and 500 are all seen), so every
    /// answered failure counts. Not a dead scroll: no answer at all (the network, not the
    /// scroll: `--resume` goes on with it), a refused key, a rate limit past every wait.
    static func isDeadScroll(_ error: CRMClientError) -> Bool {
        switch error.code {
        case .serverError, .validation, .notFound, .unexpectedStatus, .invalidResponse: return true
        default: return false
        }
    }

    /// The next page: of the current scroll, or the first of a new one.
    private static func fetch(_ client: CRMClient, state: inout ExportState) -> Result<SearchPage, CRMClientError> {
        do {
            if let scrollID = state.scrollID { return .success(try client.nextPage(scrollID: scrollID)) }
            let search = try parseSearch(state.search)
            let page = try client.startScroll(search: search)
            state.scrollsStarted += 1
            state.receivedInScroll = 0
            return .success(page)
        } catch let error as CRMClientError {
            return .failure(error)
        } catch {
            return .failure(CRMClientError(.invalidResponse, "\(error)", hint: "check --search"))
        }
    }

    /// A fresh export's state, or with `--resume` the stored unfinished one.
    private func startingState(store: CustomerStore, baseURL: BaseURL, notice: (@Sendable (String) -> Void)?) throws -> ExportState {
        let existing = try store.exportState()
        if options.resume {
            guard let existing, !existing.isFinished else {
                throw PipelineError("there is no unfinished export in \(options.databasePath) to resume",
                                    hint: "run tcdedupe export without --resume to start one")
            }
            guard existing.apiURL == baseURL.text else {
                throw PipelineError("the unfinished export in \(options.databasePath) reads from \(existing.apiURL), not \(baseURL.text)",
                                    hint: "resume with --api-url \(existing.apiURL), or start a new export without --resume")
            }
            if let search = options.search, (try? Self.parseSearch(search)) != (try? Self.parseSearch(existing.search)) {
                notice?("--search is ignored on resume: the export continues with its own search \(existing.search)")
            }
            return existing
        }
        if let existing, !existing.isFinished {
            notice?("an unfinished export (started \(existing.startedAt)) is replaced by this one; --resume would have continued it")
        }
        let searchText = options.search.map { $0.isEmpty ? "{}" : $0 } ?? "{}"
        let search = try Self.parseSearch(searchText)
        return try store.beginExport(apiURL: baseURL.text, search: search.serialized())
    }

    static func parseSearch(_ text: String) throws -> JSONObject {
        let value: JSONValue
        do { value = try JSONValue(parsing: text) } catch {
            throw PipelineError("--search is not valid JSON: \(error)", hint: #"give an object such as '{"has_email": true}'"#)
        }
        guard case .object(let object) = value else {
            throw PipelineError("--search must be a JSON object", hint: #"give an object such as '{"has_email": true}'"#)
        }
        guard object["scroll_id"] == nil else {
            throw PipelineError("--search must not hold a scroll_id", hint: "use --resume to continue an interrupted export")
        }
        return object
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }
}

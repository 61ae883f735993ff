import CRMClient
import CRMModel
import Store
import StoredRuns
import Synchronization

/// `tcdedupe sync`: brings the store in step with the CRM through the Sync API.
///
/// Reads `GET /sync_events` from the cursor the last export or sync stored, one page at a
/// time. For each page: the customers created or updated are fetched by id (once each,
/// `concurrency` at a time) and upserted with their raw JSON; those deleted (or answering 404
/// when fetched) move to the deleted customers with their last JSON; then the page's cursor
/// is stored, in the same transaction as its changes. So a sync killed at any point and run
/// again reads the unfinished page again and ends in the same state (fetching and upserting
/// twice does no harm). A cursor the feed no longer holds (too old) cannot be bridged: the
/// job stops with that, and the remedy is a fresh export.
public struct SyncJob: Sendable {
    public var options: SyncOptions

    public init(options: SyncOptions) {
        self.options = options
    }

    /// - Parameters:
    ///   - progress: called after each stored batch.
    ///   - notice: told about things worth a line (a rejected record, events skipped).
    public func run(progress: (@Sendable (SyncProgress) -> Void)?, notice: (@Sendable (String) -> Void)? = nil) throws -> SyncResult {
        let baseURL = try options.connection.baseURL()
        let store = try CustomerStore.openExisting(options.databasePath)
        var cursor = try startingCursor(store: store, baseURL: baseURL)
        let requests = Mutex((sent: 0, retries: 0))
        let client = try options.connection.makeClient(observer: { _ in requests.withLock { $0.retries += 1 } })
        let fetcher = CustomerFetcher(client: client, concurrency: max(1, options.connection.concurrency))

        let clock = ContinuousClock()
        let started = clock.now
        var counts = SyncCounts()
        var previousFirstEvent: String?
        var prefetched: Result<SyncEventPage, CRMClientError>?
        while true {
            let page: SyncEventPage
            switch prefetched ?? Self.fetchPage(client, after: cursor, limit: options.pageSize) {
            case .success(let fetched):
                page = fetched
            case .failure(let error):
                guard error.code == .syncCursorExpired else { throw error }
                throw PipelineError("the Sync API no longer holds the changes after the stored cursor (\(cursor?.query ?? "the feed's beginning")): "
                                    + "changes were missed and sync cannot bridge the gap",
                                    hint: "run tcdedupe export --api-url \(baseURL.text) again: it re-reads every customer and records a fresh cursor")
            }
            requests.withLock { $0.sent += 1 }
            guard !page.events.isEmpty else {
                counts.skipped += page.malformed
                break
            }
            if let first = page.events.first?.id, first == previousFirstEvent {
                throw PipelineError("the Sync API answered the same events again for cursor \(cursor?.query ?? "-"): it does not read the cursor",
                                    hint: "the API pages its feed otherwise than assumed (since_id / after / next link): see README, Sync API")
            }
            previousFirstEvent = page.events.first?.id

            let plan = SyncBatchPlan(page)
            // The next page of events is asked while this page's customers are fetched, so that
            // the rate limit is not left idle between batches (it is stored only after this one).
            let outcomes: [CustomerFetcher.Outcome]
            (outcomes, prefetched) = try Self.fetch(plan.fetchIDs, with: fetcher,
                                                    andPageAfter: page.hasMore ? page.next ?? cursor : nil, client: client,
                                                    limit: options.pageSize)
            requests.withLock { $0.sent += plan.fetchIDs.count }
            var upserts: [CustomerRow] = []
            var deletions = plan.deletions
            for (id, outcome) in zip(plan.fetchIDs, outcomes) {
                switch outcome {
                case .found(let customer):
                    upserts.append(CustomerRow(id: customer.id, franchiseID: customer.json["franchise_id"]?.scalarText,
                                               updatedAt: customer.json["updated_at"]?.scalarText, raw: customer.json.serialized()))
                case .gone:
                    deletions.append((id, "sync: 404 when fetched after its change event"))
                case .rejected(let why):
                    counts.rejected += 1
                    notice?("customer \(id) was not stored: \(why)")
                }
            }
            let next = page.next ?? cursor
            let stored = try store.storeSyncBatch(upserts: upserts, deletions: deletions, cursor: next?.query, apiURL: baseURL.text,
                                                  events: page.events.count)
            cursor = next
            counts.events += page.events.count
            counts.batches += 1
            counts.fetched += plan.fetchIDs.count
            counts.inserted += stored.inserted
            counts.updated += stored.updated
            counts.deleted += stored.deleted
            counts.alreadyGone += stored.alreadyGone
            counts.skipped += plan.skipped
            if plan.skipped > 0 {
                notice?("skipped \(plan.skipped) event(s) of this page: \(plan.unknownEventTypes) of an unknown type, "
                        + "\(plan.otherSyncableTypes) about objects other than customers, \(plan.malformed) malformed")
            }
            progress?(SyncProgress(counts: counts, latestEventID: page.latestEventID, cursor: cursor?.query,
                                   seconds: Self.seconds(started.duration(to: clock.now))))
            if !page.hasMore { break }
        }
        let seconds = Self.seconds(started.duration(to: clock.now))
        let sent = requests.withLock { $0 }
        return SyncResult(apiURL: baseURL.text, counts: counts, cursor: cursor?.query, retries: sent.retries, seconds: seconds,
                          requestsPerSecond: seconds > 0 ? Double(sent.sent) / seconds : 0,
                          customersInStore: try store.customerCount(), deletedInStore: try store.deletedCustomerCount())
    }

    /// The stored cursor, once the store is known to be in step with this API.
    private func startingCursor(store: CustomerStore, baseURL: BaseURL) throws -> SyncCursor? {
        if let export = try store.exportState(), !export.isFinished {
            throw PipelineError("the export into \(options.databasePath) is unfinished: its customers are not all stored yet",
                                hint: "finish it first with tcdedupe export --api-url \(export.apiURL) --resume, then sync")
        }
        guard let state = try store.syncState() else {
            throw PipelineError("\(options.databasePath) has no Sync API cursor: nothing says which changes it has seen",
                                hint: "run tcdedupe export --api-url \(baseURL.text) once: it records the cursor before it reads")
        }
        guard state.apiURL == baseURL.text else {
            throw PipelineError("the store's cursor belongs to \(state.apiURL), not \(baseURL.text)",
                                hint: "sync with --api-url \(state.apiURL), or export from \(baseURL.text) into another database")
        }
        return state.cursor.flatMap { SyncCursor(query: $0) }
    }

    /// The customers' outcomes and, at the same time when `next` is given, the next page of
    /// events (its failure is kept for the loop to handle, after this batch is stored).
    private static func fetch(_ ids: [String], with fetcher: CustomerFetcher, andPageAfter next: SyncCursor??, client: CRMClient,
                              limit: Int) throws(CRMClientError) -> ([CustomerFetcher.Outcome], Result<SyncEventPage, CRMClientError>?) {
        guard let next else { return (try fetcher.fetch(ids), nil) }
        let slots = Mutex<(outcomes: Result<[CustomerFetcher.Outcome], CRMClientError>?, page: Result<SyncEventPage, CRMClientError>?)>((nil, nil))
        WorkerThreads.run(count: 2) { worker in
            if worker == 0 {
                let page = fetchPage(client, after: next, limit: limit)
                slots.withLock { $0.page = page }
            } else {
                let outcomes: Result<[CustomerFetcher.Outcome], CRMClientError>
                do throws(CRMClientError) { outcomes = .success(try fetcher.fetch(ids)) } catch { outcomes = .failure(error) }
                slots.withLock { $0.outcomes = outcomes }
            }
        }
        let done = slots.withLock { $0 }
        return (try done.outcomes!.get(), done.page)
    }

    private static func fetchPage(_ client: CRMClient, after cursor: SyncCursor?, limit: Int) -> Result<SyncEventPage, CRMClientError> {
        do throws(CRMClientError) {
            return .success(try client.syncEvents(after: cursor, limit: limit))
        } catch {
            return .failure(error)
        }
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }
}

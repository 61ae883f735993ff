import Foundation
import Reviewing
import ReviewServer
import Store
import Testing

/// The review page on a large run (`Benchmarks/review-at-scale.sh --browser` sets the database):
/// a reviewer searches for a customer of the review queue by phone, approves the cluster with
/// the keyboard, and the decision is in the database. Not part of the suite without it.
@Suite("The review page on a large run, in headless Chromium", .serialized,
       .enabled(if: ProcessInfo.processInfo.environment["TCDEDUPE_REVIEW_AT_SCALE_DB"] != nil && Chromium.available,
                "set TCDEDUPE_REVIEW_AT_SCALE_DB to a copy of a large database (see Benchmarks/review-at-scale.sh)"))
struct BrowserReviewAtScaleTests {
    static let reviewer = "browser-at-scale"

    @Test("search by phone among all clusters, approve with the keyboard, the decision is stored")
    func approveOnLargeRun() async throws {
        let database = try #require(ProcessInfo.processInfo.environment["TCDEDUPE_REVIEW_AT_SCALE_DB"])
        let board = try ReviewBoard(databasePath: database)
        // The first open cluster of the review queue, and one of its phones.
        let head = try board.list(ReviewListQuery(queue: .review, decision: .open, limit: 1), search: nil, holder: nil)
        let cluster = try #require(head.clusters.first?.objectValue)
        let id = try #require(cluster["cluster_id"]?.intValue)
        let members = try #require(cluster["members"]?.arrayValue)
        let phones = members.compactMap { $0.objectValue?["phones"]?.arrayValue?.first?.stringValue }
        let phone = try #require(phones.first)

        let server = try await ReviewServer.start(ReviewServerConfiguration(databasePath: database, port: 0, reviewer: Self.reviewer))
        let driver = try await ChromeDriverProcess(binary: try #require(Chromium.driver))
        let browser = try await WebDriverClient.start(endpoint: driver.endpoint, binary: try #require(Chromium.browser))
        do {
            try await ReviewQueueAPITests.waitForSearch(server)
            try await browser.navigate(server.url)
            try await browser.waitUntil("return window.__tcdReady === true;", attempts: 300)
            _ = try await browser.execute("document.getElementById('q').value = '';")
            try await browser.type("#q", phone)
            try await browser.waitUntil("return !!document.getElementById('cluster-\(id)');", attempts: 300)
            try await browser.click("#cluster-\(id) .cluster-head h2")
            try await browser.press("a")
            try await browser.waitUntil("return !!document.querySelector('#cluster-\(id) .badge.approved');", attempts: 300)
            if let folder = ProcessInfo.processInfo.environment["TCDEDUPE_SCREENSHOTS"] {
                try await browser.screenshot().write(to: URL(fileURLWithPath: folder + "/review-at-scale.png"))
            }
        } catch {
            await browser.quit()
            driver.stop()
            await server.stop()
            throw error
        }
        await browser.quit()
        driver.stop()
        await server.stop()
        let stored = try CustomerStore(path: database).decision(runID: server.runID, clusterID: id)
        #expect(stored?.verdict == .approved)
        #expect(stored?.reviewer == Self.reviewer)
    }
}

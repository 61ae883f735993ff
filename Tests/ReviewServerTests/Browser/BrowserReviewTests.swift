import Foundation
import Reviewing
import ReviewServer
import ReviewTestSupport
import Store
import StoredRuns
import Testing

/// A real browser on the review page: what a reviewer clicks and types is what the database holds.
@Suite("The review page in headless Chromium", .serialized, .enabled(if: Chromium.available, Chromium.skipMessage))
struct BrowserReviewTests {
    static let reviewer = "browser-test"

    /// Replaces the search box's text as a person types it, and waits until the list shows
    /// exactly the cluster `expected`.
    static func search(_ browser: WebDriverClient, _ text: String, expecting expected: Int) async throws {
        _ = try await browser.execute("document.getElementById('q').value = '';")
        if text.allSatisfy(\.isASCII) {
            try await browser.type("#q", text)
        } else {
            // chromedriver's typing does not go through an input method: Japanese text is put
            // in the box as an input method would leave it, with the same input event.
            _ = try await browser.execute("""
                var q = document.getElementById('q'); q.value = arguments[0]; q.dispatchEvent(new Event('input'));
                """, [text])
        }
        try await browser.waitUntil("""
            var a = document.querySelectorAll('article.cluster');
            return a.length === 1 && a[0].id === 'cluster-\(expected)';
            """)
    }

    @Test("search in kana, by phone and by email, approve and reject with the keyboard, another victor: the database holds exactly those, and hostile names run nothing")
    func reviewInBrowser() async throws {
        let fixture = try ReviewFixture()
        defer { fixture.cleanUp() }
        let board = try ReviewBoard(databasePath: fixture.database)
        func clusterID(holding id: String) throws -> Int {
            try #require(try board.clusterID(containing: id))
        }
        let tanaka = try clusterID(holding: "t1"), suzuki = try clusterID(holding: "s1"), hostile = try clusterID(holding: "h1")
        #expect(try board.merge(hostile).plan.victorID == "h1")

        let server = try await ReviewServer.start(ReviewServerConfiguration(
            databasePath: fixture.database, port: 0, reviewer: Self.reviewer))
        let driver = try await ChromeDriverProcess(binary: try #require(Chromium.driver))
        let browser = try await WebDriverClient.start(endpoint: driver.endpoint, binary: try #require(Chromium.browser))
        do {
            try await ReviewQueueAPITests.waitForSearch(server)
            try await browser.navigate(server.url)
            try await browser.waitUntil("return window.__tcdReady === true;")
            let title = try await browser.execute("return document.title;") as? String
            #expect(title == "tcdedupe review — run \(server.runID)")
            try await browser.waitUntil("return /of \\d+ decided/.test(document.getElementById('progress').textContent);")

            // Find the Tanaka cluster by its katakana reading, focus it, approve with the key.
            try await Self.search(browser, "タナカ", expecting: tanaka)
            try await browser.click("#cluster-\(tanaka) .cluster-head h2")
            try await browser.press("a")
            try await browser.waitUntil("return !!document.querySelector('#cluster-\(tanaka) .badge.approved');")
            // The card shows every field the merge carries, as the report does: t2's memo and tag.
            let rows = try await browser.execute(
                "return Array.prototype.map.call(document.querySelectorAll('#cluster-\(tanaka) tr'), function (r) { return r.textContent; });")
                as? [String] ?? []
            #expect(rows.contains { $0.hasPrefix("Memo") && $0.contains("Prefers the counter seats") }, "\(rows)")
            #expect(rows.contains { $0.hasPrefix("Tags") && $0.contains("vip") }, "\(rows)")
            // The Suzuki pair by a phone written without separators; reject with the key.
            try await Self.search(browser, "07055556666", expecting: suzuki)
            try await browser.click("#cluster-\(suzuki) .cluster-head h2")
            try await browser.press("r")
            try await browser.waitUntil("return !!document.querySelector('#cluster-\(suzuki) .badge.rejected');")
            // The cluster whose names are hostile markup, by email; another victor.
            try await Self.search(browser, "MALLORY@example.net", expecting: hostile)
            try await browser.click("#cluster-\(hostile) button.make-victor[data-member='h2']")
            try await browser.waitUntil("return !!document.querySelector('#cluster-\(hostile) .badge.undecided');")

            // The hostile names are on screen as text, and nothing ran.
            let shownName = try await browser.execute("return document.querySelector('#cluster-\(hostile) .victor-name').textContent;") as? String
            #expect(shownName == ReviewFixture.hostileName + " Mallory")
            #expect(try await browser.execute("return document.querySelectorAll('main img').length;") as? Int == 0)
            #expect(try await browser.execute("return window.__pwned === undefined;") as? Bool == true)
            #expect(try await browser.execute("return document.title;") as? String == title)

            if let folder = ProcessInfo.processInfo.environment["TCDEDUPE_SCREENSHOTS"] {
                _ = try await browser.execute("document.getElementById('q').value = ''; document.getElementById('q').dispatchEvent(new Event('input'));")
                try await browser.waitUntil("return document.querySelectorAll('article.cluster').length === 3;")
                try await browser.screenshot().write(to: URL(fileURLWithPath: folder + "/review.png"))
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

        let decisions = try CustomerStore(path: fixture.database).decisions(runID: server.runID)
        let byCluster = Dictionary(uniqueKeysWithValues: decisions.map { ($0.clusterID, $0) })
        #expect(decisions.count == 3)
        #expect(byCluster[tanaka]?.verdict == .approved)
        #expect(byCluster[suzuki]?.verdict == .rejected)
        #expect(byCluster[hostile]?.verdict == .undecided)
        #expect(byCluster[hostile]?.victorID == "h2")
        #expect(byCluster[hostile]?.victimIDs == ["h1"])
        #expect(decisions.allSatisfy { $0.reviewer == Self.reviewer })
    }

    @Test("the HTML report opened from disk shows hostile names as text and runs nothing")
    func reportFileInBrowser() async throws {
        let fixture = try ReviewFixture()
        defer { fixture.cleanUp() }
        let path = fixture.folder + "/report.html"
        try ReportJob(databasePath: fixture.database, runID: nil, format: .html, outputPath: path,
                      minimumConfidence: nil, autoMergeOnly: false).run()
        let driver = try await ChromeDriverProcess(binary: try #require(Chromium.driver))
        let browser = try await WebDriverClient.start(endpoint: driver.endpoint, binary: try #require(Chromium.browser))
        do {
            try await browser.navigate("file://" + path)
            try await browser.waitUntil("return window.__tcdReady === true;")
            let names = try await browser.execute(
                "return Array.prototype.map.call(document.querySelectorAll('.member-name'), function (e) { return e.textContent; });") as? [String]
            #expect(names?.contains(ReviewFixture.hostileName + " Mallory") == true)
            #expect(try await browser.execute("return window.__pwned === undefined && document.images.length === 0;") as? Bool == true)
            #expect(try await browser.execute("return document.querySelectorAll('article.cluster').length;") as? Int == 3)
            #expect(try await browser.execute("return document.querySelectorAll('.actions').length;") as? Int == 0, "no review buttons in the report")
            // Search by a phone written another way narrows the list to the one cluster.
            try await browser.type("#q", "07055556666")
            try await browser.waitUntil("return document.querySelectorAll('article.cluster').length === 1;")
            let found = try await browser.execute("return document.querySelector('article.cluster .victor-name').textContent;") as? String
            #expect(found == "鈴木 花子")
            if let folder = ProcessInfo.processInfo.environment["TCDEDUPE_SCREENSHOTS"] {
                try await browser.screenshot().write(to: URL(fileURLWithPath: folder + "/report-fixture.png"))
            }
        } catch {
            await browser.quit()
            driver.stop()
            throw error
        }
        await browser.quit()
        driver.stop()
    }
}

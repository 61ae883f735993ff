import CRMModel
import Reporting

/// The review page: a shell of a few kilobytes. Its script asks the API for the clusters a
/// page at a time, so the page costs the same for 300,000 clusters as for 10.
///
/// The only data in the markup is the run's settings (thresholds, bands, franchises, the
/// default reviewer) in a JSON block made safe by ``ScriptJSON``; customer text reaches the
/// screen only through the script's `textContent`. The Content-Security-Policy allows the
/// one inline script (by nonce), inline style, and requests to the server itself.
struct ReviewPage {
    let data: JSONValue
    let nonce: String

    func render() -> String {
        let runID = data.objectValue?["run_id"].flatMap { $0.intValue }.map { String($0) } ?? ""
        return """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; \
            script-src 'nonce-\(e(nonce))'; img-src data:; connect-src 'self'; base-uri 'none'; form-action 'none'">
            <title>tcdedupe review — run \(e(runID))</title>
            <style>\(ReviewAssets.css)</style>
            </head>
            <body>
            <header class="top">
            <h1>Review suggested merges</h1>
            <p class="sub">Run \(e(runID)) · <span id="progress">counting…</span></p>
            </header>
            <section class="controls" id="controls">
            <label>Reviewer <input id="reviewer" type="text" maxlength="80" autocomplete="name"></label>
            <label>Mode <select id="mode"><option value="queue">my queue (next clusters, held for me)</option>\
            <option value="browse">browse and search</option></select></label>
            <label>Queue <select id="queue"><option value="review">needs a person</option>\
            <option value="audit">audit sample</option><option value="auto">auto-merge</option>\
            <option value="all">all clusters</option></select></label>
            <label>Order <select id="sort"><option value="least-confident">least confident first</option>\
            <option value="biggest">biggest first</option><option value="franchise">by franchise</option>\
            <option value="most-confident">most confident first</option><option value="cluster-id">cluster id</option></select></label>
            <label>Search <input id="q" type="search" placeholder="name, phone, email or id (any script)" autocomplete="off"></label>
            <label>Confidence <select id="band"><option value="all">all</option></select></label>
            <label>Size <select id="size"><option value="all">any</option><option value="2">2</option>\
            <option value="3">3</option><option value="4+">4 or more</option></select></label>
            <label>Franchise <select id="franchise"><option value="all">all</option></select></label>
            <label>Decision <select id="decision"><option value="any">any</option><option value="open">not decided</option>\
            <option value="approved">approved</option><option value="rejected">rejected</option>\
            <option value="edited">edited</option></select></label>
            </section>
            <div class="status" id="status" role="status"></div>
            <nav class="pager" id="pager-top"></nav>
            <main id="clusters" aria-live="polite"></main>
            <nav class="pager" id="pager-bottom"></nav>
            <footer class="help">Keys: a approve · r reject · s skip (give it back) · u undo · j or n next · k or p previous · \
            ] next page · [ previous page · / search. In “my queue” the clusters shown are held for you for ten minutes; \
            other reviewers get the next ones.</footer>
            <script type="application/json" id="tcd-data">\(ScriptJSON.embeddable(data))</script>
            <script nonce="\(e(nonce))">\(ReviewAssets.js)</script>
            </body>
            </html>

            """
    }

    private func e(_ s: String) -> String { HTMLText.escape(s) }
}

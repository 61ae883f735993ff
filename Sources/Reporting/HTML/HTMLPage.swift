import Resolution

/// Assembles one page: head with the inline style, the overview (figures, bands, histogram),
/// the controls, the empty list the script fills, the data block and the script.
struct HTMLPage {
    let merges: [SuggestedMerge]
    let context: HTMLReportContext
    let marks: [Int: ReviewMark]
    let nonce: String
    /// A report of a large run: figures over every cluster, what was left out, the audit.
    var extras: HTMLReportExtras? = nil

    func render() -> String {
        let overview = extras?.overview ?? ReportOverview(merges, context: context)
        let histogram = extras?.histogram ?? WeightHistogram(merges, reviewThreshold: context.reviewThreshold,
                                                             autoMergeThreshold: context.autoMergeThreshold)
        let title = context.mode == .review ? "tcdedupe review — run \(context.runID)" : "tcdedupe report — run \(context.runID)"
        let data = ScriptJSON.embeddable(HTMLReportData.document(merges, context: context, marks: marks,
                                                                 audited: extras?.auditedClusterIDs ?? []))
        var html = """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; \
            script-src 'nonce-\(e(nonce))'; img-src data:; connect-src 'self'; base-uri 'none'; form-action 'none'">
            <title>\(e(title))</title>
            <style>\(ReportStyle.css)</style>
            </head>
            <body class="mode-\(e(context.mode.rawValue))">
            <header class="top">
            <h1>\(e(context.mode == .review ? "Review suggested merges" : "Suggested merges"))</h1>
            <p class="sub">Run \(e(String(context.runID))), finished \(e(context.runFinishedAt))\(context.weightsStatement.isEmpty ? "" : "; " + e(context.weightsStatement))</p>
            </header>

            """
        html += overviewSection(overview, histogram: histogram)
        if let extras {
            html += HTMLCoverageSection(coverage: extras.coverage, audit: extras.audit, runID: context.runID).render()
        }
        html += controls()
        html += """
            <main id="clusters" aria-live="polite"></main>
            <nav class="pager" id="pager-bottom"></nav>
            <footer class="help">\(e(helpText))</footer>
            <script type="application/json" id="tcd-data">\(data)</script>
            <script nonce="\(e(nonce))">\(ReportScript.source)</script>
            </body>
            </html>

            """
        return html
    }

    private var helpText: String {
        context.mode == .review
            ? "Keys: j or n next cluster · k or p previous · a approve · r reject · u undo decision · ] next page · [ previous page · / search"
            : "Keys: j or n next cluster · k or p previous · ] next page · [ previous page · / search"
    }

    private func overviewSection(_ o: ReportOverview, histogram: WeightHistogram) -> String {
        var s = "<section class=\"overview\" id=\"overview\">\n<div class=\"figures\">\n"
        s += figure("clusters", o.clusters, id: "fig-clusters")
        s += figure("customers in clusters", o.customers)
        s += figure("would be merged away", o.victims)
        s += figure("auto-merge (≥ \(number(context.autoMergeThreshold)))", o.autoMerge, id: "fig-auto", kind: "auto")
        s += figure("need review", o.review, id: "fig-review", kind: "review")
        if o.heldBack > 0 { s += figure("held back by guard or size cap", o.heldBack, kind: "review") }
        s += "</div>\n<div class=\"charts\">\n<table class=\"bands\" id=\"bands\"><caption>Clusters by confidence</caption>"
        s += "<thead><tr><th>confidence</th><th>clusters</th><th></th></tr></thead><tbody>"
        let peak = max(1, o.bands.map(\.clusters).max() ?? 1)
        for band in o.bands {
            let low = band.floor == 0 ? context.reviewThreshold : band.floor
            let label = "\(number(low)) – \(number(band.ceiling))"
            let width = Int((Double(band.clusters) / Double(peak) * 100).rounded())
            s += "<tr data-floor=\"\(e(number(band.floor)))\"><td>\(e(label))</td><td class=\"num\">\(e(String(band.clusters)))</td>"
            s += "<td class=\"spark\"><span style=\"width:\(width)%\"></span></td></tr>"
        }
        s += "</tbody></table>\n<figure class=\"weights\">\(HistogramSVG.render(histogram))"
        s += "<figcaption>Match weight of each cluster's weakest link; dashed lines: review threshold "
        s += "\(e(number(context.reviewThreshold))) (weight \(e(HistogramSVG.n(histogram.reviewWeight)))) and auto-merge threshold "
        s += "\(e(number(context.autoMergeThreshold))) (weight \(e(HistogramSVG.n(histogram.autoMergeWeight)))).</figcaption></figure>\n"
        s += "</div>\n</section>\n"
        return s
    }

    private func figure(_ label: String, _ value: Int, id: String? = nil, kind: String = "") -> String {
        let idAttribute = id.map { " id=\"\(e($0))\"" } ?? ""
        return "<div class=\"figure \(e(kind))\"\(idAttribute)><span class=\"value\">\(e(String(value)))</span>"
            + "<span class=\"label\">\(e(label))</span></div>\n"
    }

    private func controls() -> String {
        var s = """
            <section class="controls" id="controls">
            <label>Search <input id="q" type="search" placeholder="name, phone, email or id" autocomplete="off"></label>
            <label>Confidence <select id="band"><option value="all">all</option></select></label>
            <label>Size <select id="size"><option value="all">any</option><option value="2">2</option>\
            <option value="3">3</option><option value="4+">4 or more</option></select></label>
            <label>Franchise <select id="franchise"><option value="all">all</option></select></label>
            <label>Show <select id="kind"><option value="all">all</option><option value="review">needs review</option>\
            <option value="auto">auto-merge</option>\(auditOption)</select></label>

            """
        if context.mode == .review {
            s += """
                <label>Decision <select id="decision"><option value="all">any</option><option value="none">not decided</option>\
                <option value="approved">approved</option><option value="rejected">rejected</option>\
                <option value="undecided">edited</option></select></label>

                """
        }
        s += """
            <label>Sort <select id="sort"><option value="confidence-asc">least confident first</option>\
            <option value="confidence-desc">most confident first</option><option value="size-desc">largest first</option>\
            <option value="weight-asc">lowest weight first</option><option value="id-asc">cluster id</option></select></label>
            </section>
            <div class="status" id="status" role="status"></div>
            <nav class="pager" id="pager-top"></nav>

            """
        return s
    }

    private var auditOption: String {
        (extras?.auditedClusterIDs.isEmpty ?? true) ? "" : "<option value=\"audit\">audit sample</option>"
    }

    private func e(_ s: String) -> String { HTMLText.escape(s) }

    /// A threshold or band edge as written in the rules (0.99, 0.999), without float noise.
    private func number(_ x: Double) -> String {
        var text = String((x * 10_000).rounded() / 10_000)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}

/// Draws a ``WeightHistogram`` as inline SVG: bars per bin, coloured by the region they fall in
/// (below review, review, auto-merge), and a dashed line with a label at each threshold.
///
/// Only numbers reach the markup, and they too go through ``HTMLText/escape(_:)``.
enum HistogramSVG {
    static let width = 720.0
    static let height = 180.0
    static let margin = (left: 44.0, right: 12.0, top: 22.0, bottom: 28.0)

    static func render(_ h: WeightHistogram) -> String {
        let plotWidth = width - margin.left - margin.right
        let plotHeight = height - margin.top - margin.bottom
        let peak = max(1, h.counts.max() ?? 1)
        func x(_ weight: Double) -> Double { margin.left + (weight - h.start) / (h.end - h.start) * plotWidth }
        let barWidth = plotWidth / Double(h.counts.count)
        var svg = """
            <svg class="histogram" role="img" viewBox="0 0 \(n(width)) \(n(height))" xmlns="http://www.w3.org/2000/svg">\
            <title>Clusters by match weight of their weakest link</title>
            """
        for (k, count) in h.counts.enumerated() where count > 0 {
            let low = h.start + Double(k) * h.binWidth
            let barHeight = max(1, Double(count) / Double(peak) * plotHeight)
            let region = low >= h.autoMergeWeight ? "auto" : (low + h.binWidth > h.reviewWeight ? "review" : "low")
            svg += "<rect class=\"bar \(region)\" x=\"\(n(x(low) + 0.5))\" y=\"\(n(margin.top + plotHeight - barHeight))\" "
            svg += "width=\"\(n(max(1, barWidth - 1)))\" height=\"\(n(barHeight))\">"
            svg += "<title>\(esc("weight \(n(low)) to \(n(low + h.binWidth)): \(count) cluster(s)"))</title></rect>"
        }
        let axisY = margin.top + plotHeight
        svg += "<line class=\"axis\" x1=\"\(n(margin.left))\" y1=\"\(n(axisY))\" x2=\"\(n(width - margin.right))\" y2=\"\(n(axisY))\"/>"
        for tick in ticks(h) {
            svg += "<text class=\"tick\" x=\"\(n(x(tick)))\" y=\"\(n(axisY + 16))\">\(esc(n(tick)))</text>"
        }
        svg += "<text class=\"tick peak\" x=\"2\" y=\"\(n(margin.top + 8))\">\(esc(String(peak)))</text>"
        svg += marker(x: x(h.reviewWeight), label: "review", kind: "review-line")
        svg += marker(x: x(h.autoMergeWeight), label: "auto-merge", kind: "auto-line")
        svg += "</svg>"
        return svg
    }

    private static func marker(x: Double, label: String, kind: String) -> String {
        let bottom = height - margin.bottom
        return "<line class=\"threshold \(kind)\" x1=\"\(n(x))\" y1=\"\(n(margin.top - 6))\" x2=\"\(n(x))\" y2=\"\(n(bottom))\"/>"
            + "<text class=\"threshold-label \(kind)\" x=\"\(n(x + 3))\" y=\"\(n(margin.top - 8))\">\(esc(label))</text>"
    }

    /// About eight round tick positions along the weight axis.
    private static func ticks(_ h: WeightHistogram) -> [Double] {
        let span = h.end - h.start
        let step = Swift.max(1, (span / 8).rounded(.up))
        var out: [Double] = []
        var t = (h.start / step).rounded(.up) * step
        while t <= h.end { out.append(t); t += step }
        return out
    }

    private static func esc(_ s: String) -> String { HTMLText.escape(s) }

    /// A coordinate or weight with at most one decimal.
    static func n(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}

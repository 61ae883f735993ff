import CRMModel
import Reviewing
import Store

/// A review list's parameters, from a GET's query string or a claim's JSON body, checked and
/// turned into a ``ReviewListQuery``.
///
/// `queue` review (default) | auto | all | audit · `sort` least-confident (default) |
/// most-confident | biggest | franchise | cluster-id · `band` the index of a confidence band
/// (0 the highest) · `franchise` an id ("" for none) · `size` 2 | 3 | 4+ · `decision` any
/// (default) | open | approved | rejected | edited · `q` search text · `cursor` the last
/// cluster id of the previous page · `limit` 1 to 100 (default 20) · `holder` the asking
/// browser · `exclude` (claims) cluster ids to leave out.
struct ReviewQueryParameters {
    private var values: [String: String] = [:]
    private var excluded: [Int] = []

    /// From a query string's decoded pairs.
    init(query pairs: [(String, String)]) {
        for (key, value) in pairs { values[key] = value }
    }

    init(_ body: JSONObject) {
        for key in ["queue", "sort", "band", "franchise", "size", "decision", "q", "cursor", "limit", "holder"] {
            guard let value = body[key] else { continue }
            if let text = value.stringValue { values[key] = text } else if let n = Self.integer(value) { values[key] = String(n) }
        }
        excluded = body["exclude"]?.arrayValue?.compactMap(Self.integer) ?? []
    }

    static func integer(_ value: JSONValue) -> Int? {
        if let n = value.intValue { return n }
        return value.stringValue.flatMap { Int($0) }
    }

    var search: String? { values["q"].flatMap { $0.isEmpty ? nil : $0 } }
    var holder: String? { values["holder"].flatMap { $0.isEmpty ? nil : $0 } }

    func queue() throws -> ReviewQueueKind {
        try choice("queue", default: .review)
    }

    func query(service: ReviewService) async throws -> ReviewListQuery {
        var query = ReviewListQuery(queue: try queue(), sort: try choice("sort", default: .leastConfident),
                                    decision: try choice("decision", default: .any), excluded: Array(excluded.prefix(1_000)))
        if let text = values["band"], !text.isEmpty, text != "all" {
            guard let index = Int(text), let band = await service.band(index) else {
                throw ReviewError(.badRequest, "unknown confidence band \"\(text)\"", hint: "use a band index from the page")
            }
            query.minimumConfidence = band.low
            query.confidenceBelow = band.below
        }
        if let franchise = values["franchise"], franchise != "all" { query.franchise = franchise }
        if let text = values["size"], !text.isEmpty, text != "all" {
            guard let size = ReviewSizeFilter(text: text) else {
                throw ReviewError(.badRequest, "unknown size \"\(text)\"", hint: "use 2, 3 or 4+")
            }
            query.size = size
        }
        if let text = values["cursor"], !text.isEmpty {
            guard let after = Int(text) else {
                throw ReviewError(.badRequest, "the cursor must be a cluster id", hint: "use next_cursor of the previous page")
            }
            query.after = after
        }
        if let text = values["limit"], !text.isEmpty {
            guard let limit = Int(text), (1...100).contains(limit) else {
                throw ReviewError(.badRequest, "limit must be between 1 and 100", hint: "ask for fewer clusters per page")
            }
            query.limit = limit
        }
        return query
    }

    private func choice<T: RawRepresentable & CaseIterable>(_ key: String, default fallback: T) throws -> T where T.RawValue == String {
        guard let text = values[key], !text.isEmpty else { return fallback }
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw ReviewError(.badRequest, "unknown \(key) \"\(text)\"", hint: "use one of: \(allowed)")
        }
        return value
    }
}

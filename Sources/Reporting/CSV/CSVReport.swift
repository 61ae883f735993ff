import Resolution
import Support

/// The suggested merges as a spreadsheet: one row per member of each cluster.
///
/// Columns: `cluster_id,customer_id,role,victor_id,confidence,match_weight,first_name,last_name,
/// phones,emails,cluster_key` (the key last, so readers of the older columns by position still work). `role` is `victor` or `victim`; phones and emails are joined with `;`;
/// confidence has 4 decimals and match weight 2. Lines end in CRLF and cells are quoted per
/// RFC 4180. Every cell that comes from customer data (ids, names, phones, emails) is neutralized
/// against formula injection, phones included, so a crafted name such as `=HYPERLINK(...)` shows
/// as text instead of running.
///
/// Phones therefore read `'+819012345678`: a spreadsheet hides the apostrophe, a program does not.
/// Programs should read the JSON report, which carries the same data unaltered.
///
/// By default the text starts with a UTF-8 byte order mark: without it Excel on Japanese Windows
/// reads UTF-8 as Shift_JIS and garbles every name. Pass `byteOrderMark: false` for other tools.
public enum CSVReport {
    /// The header line, without line ending.
    public static let header = "cluster_id,customer_id,role,victor_id,confidence,match_weight,first_name,last_name,phones,emails,cluster_key"

    /// The whole report as text.
    public static func render(_ merges: [SuggestedMerge], byteOrderMark: Bool = true) -> String {
        var out: [UInt8] = []
        appendHeader(into: &out, byteOrderMark: byteOrderMark)
        for merge in merges { append(merge, into: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Writes the report to `path`, replacing any file there once the report is complete.
    public static func write(_ merges: [SuggestedMerge], to path: String, byteOrderMark: Bool = true) throws(ReportError) {
        let writer = try CSVReportWriter(path: path, byteOrderMark: byteOrderMark)
        for merge in merges { try writer.append(merge) }
        try writer.finish()
    }

    /// The escaped cells of each row of one cluster, victor first.
    public static func rows(for merge: SuggestedMerge) -> [[String]] {
        let victor = merge.plan.victorID
        let confidence = NumberText.fixed(merge.confidence, digits: 4)
        let weight = NumberText.fixed(merge.matchWeight, digits: 2)
        return merge.members.map { m in
            [
                CSVCell.trusted(String(merge.clusterID)),
                CSVCell.untrusted(m.customerID),
                CSVCell.trusted(m.customerID == victor ? "victor" : "victim"),
                CSVCell.untrusted(victor),
                CSVCell.trusted(confidence),
                CSVCell.trusted(weight),
                CSVCell.untrusted(m.firstName),
                CSVCell.untrusted(m.lastName),
                CSVCell.untrusted(m.phones.joined(separator: ";")),
                CSVCell.untrusted(m.emails.joined(separator: ";")),
                CSVCell.untrusted(merge.clusterKey ?? ""),
            ]
        }
    }

    static func appendHeader(into out: inout [UInt8], byteOrderMark: Bool) {
        if byteOrderMark { out.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        out.append(contentsOf: header.utf8)
        out.append(contentsOf: [0x0D, 0x0A])
    }

    static func append(_ merge: SuggestedMerge, into out: inout [UInt8]) {
        for row in rows(for: merge) {
            for (i, cell) in row.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                out.append(contentsOf: cell.utf8)
            }
            out.append(contentsOf: [0x0D, 0x0A])
        }
    }
}

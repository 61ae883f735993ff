import CRMModel
import Parallelism
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the customers a sandbox starts with from a JSON Lines file (what `tcdedupe generate`
/// writes), parsing and completing lines (see ``CustomerShape``) on every core with the
/// import's strict parser.
///
/// Fast enough to start on 100,000 customers in well under a second: one read of the file,
/// one pass to find line ends, then parsing in parallel chunks.
enum SeedLoader {
    static func load(path: String) throws(SandboxError) -> [Customer] {
        let bytes = try readFile(path)
        // Non-empty lines and their numbers in the file (from 1).
        var lines: [Range<Int>] = []
        var numbers: [Int] = []
        var start = 0
        var number = 1
        bytes.withUnsafeBufferPointer { buffer in
            for i in 0..<buffer.count where buffer[i] == 0x0A {
                if i > start {
                    lines.append(start..<i)
                    numbers.append(number)
                }
                start = i + 1
                number += 1
            }
        }
        if start < bytes.count {
            lines.append(start..<bytes.count)
            numbers.append(number)
        }

        let shared = UncheckedSendable(bytes)
        let chunks = ParallelChunks.map(ParallelChunks.ranges(count: lines.count)) { range -> Result<[Customer], SandboxError> in
            let parser = JSONParser()
            var out: [Customer] = []
            out.reserveCapacity(range.count)
            for index in range {
                let line = lines[index]
                if shared.value[line].allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
                do {
                    let value = try shared.value[line].withUnsafeBytes { raw throws(JSONSyntaxError) in try parser.parse(raw) }
                    let customer = try Customer(value: value)
                    var made = 0
                    let completed = CustomerShape.completed(customer.json) {
                        made += 1
                        return ObjectIDs.derived(from: customer.id, index: made)
                    }
                    out.append(try Customer(json: completed))
                } catch {
                    return .failure(SandboxError("\(path): line \(numbers[index]): \(error)",
                                                 hint: "give --data a JSON Lines file of customers, one object with an \"id\" per line"))
                }
            }
            return .success(out)
        }
        var customers: [Customer] = []
        customers.reserveCapacity(lines.count)
        for chunk in chunks {
            switch chunk {
            case .success(let part): customers.append(contentsOf: part)
            case .failure(let error): throw error
            }
        }
        return customers
    }

    private static func readFile(_ path: String) throws(SandboxError) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw SandboxError("cannot open \(path): \(String(cString: strerror(errno)))", hint: "check the path given to --data")
        }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw SandboxError("cannot read \(path): \(String(cString: strerror(errno)))", hint: "check the file")
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return bytes
    }
}

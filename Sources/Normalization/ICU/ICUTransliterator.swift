import CICU

/// An ICU transliterator (`Any-Latin; Latin-ASCII`, ...), opened once and reused.
///
/// Opening a transliterator parses its rules (milliseconds), so keep one per ID for the life
/// of the process. Calls are safe from any thread: the C shim serialises them per handle, and
/// ICU's rule-based transliterators take a process-wide lock anyway, so parallel calls are no
/// faster than serial ones. Transliterate each *distinct* string once and cache the result.
public final class ICUTransliterator: @unchecked Sendable {
    // @unchecked: the handle is immutable after init and the C shim locks around every use.
    private let handle: OpaquePointer
    /// The ID this transliterator was opened with.
    public let id: String

    /// Opens a transliterator from an ICU ID such as `"Any-Latin; Latin-ASCII"`.
    /// - Throws: ``ICUError`` when ICU does not know the ID.
    public init(id: String) throws(ICUError) {
        var status: Int32 = 0
        var icuError: Int32 = 0
        var copy = id
        let opened = copy.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cicu_transliterator_open_utf8(chars.baseAddress, Int32(chars.count), &status, &icuError)
            }
        }
        guard let opened else {
            throw ICUError(status: status, icuError: icuError, operation: "opening transliterator \"\(id)\"")
        }
        self.handle = opened
        self.id = id
    }

    deinit {
        cicu_transliterator_close(handle)
    }

    /// Transliterates `text`; returns nil only if ICU fails (out of memory).
    public func transliterate(_ text: String) -> String? {
        if text.isEmpty { return "" }
        var source = text
        return source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                ICUBuffers.negotiate(initialCapacity: chars.count * 3 + 32) { dest, capacity, needed, icuError in
                    cicu_transliterate_utf8(handle, chars.baseAddress, Int32(chars.count), dest, capacity,
                                            needed, icuError)
                }
            }
        }
    }
}

/// Output-buffer negotiation shared by the shim's UTF-8 functions.
enum ICUBuffers {
    /// Calls `body` with a buffer of `initialCapacity` bytes, and once more with the size the
    /// shim asked for when that was too small. Returns nil when the shim reports a failure.
    static func negotiate(
        initialCapacity: Int,
        _ body: (UnsafeMutablePointer<CChar>, Int32, UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>) -> Int32
    ) -> String? {
        var capacity = max(initialCapacity, 16)
        for _ in 0..<2 {
            var needed: Int32 = 0
            var icuError: Int32 = 0
            var status: Int32 = 0
            let result = String(unsafeUninitializedCapacity: capacity) { buffer in
                let written = buffer.withMemoryRebound(to: CChar.self) { chars in
                    status = body(chars.baseAddress!, Int32(capacity), &needed, &icuError)
                    return status == CICU_OK ? Int(needed) : 0
                }
                return written
            }
            if status == CICU_OK { return result }
            guard status == CICU_BUFFER_TOO_SMALL, needed > 0 else { return nil }
            capacity = Int(needed)
        }
        return nil
    }
}

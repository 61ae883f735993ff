/// The bytes read from the file and not yet consumed, in one growable block of memory.
///
/// Why not `[UInt8]`: reading into an array means filling the new space first (it cannot
/// hold uninitialized bytes); here `read(2)` writes straight into spare capacity.
final class ReadBuffer {
    private(set) var base: UnsafeMutableRawPointer
    private(set) var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(byteCount: self.capacity, alignment: 16)
    }

    deinit {
        base.deallocate()
    }

    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    /// Reads up to `size` more bytes from `file`; returns how many (0 at the end of the file).
    func read(from file: InputFile, size: Int) throws(ImportError) -> Int {
        if count + size > capacity { grow(to: count + size) }
        let got = try file.read(into: UnsafeMutableRawBufferPointer(start: base + count, count: size))
        count += got
        return got
    }

    /// Forgets the first `n` bytes, moving the rest to the front.
    func dropFirst(_ n: Int) {
        guard n > 0 else { return }
        (base).copyMemory(from: base + n, byteCount: count - n)
        count -= n
    }

    private func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let fresh = UnsafeMutableRawPointer.allocate(byteCount: newCapacity, alignment: 16)
        fresh.copyMemory(from: base, byteCount: count)
        base.deallocate()
        base = fresh
        capacity = newCapacity
    }
}

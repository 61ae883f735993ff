/// The scratch memory a ``JSONParser`` reuses from one document to the next.
///
/// Why manual memory: a Swift array that grows one element at a time reallocates about log₂(n)
/// times per object, and copying a slice out of an array-backed stack retains and releases every
/// element. Here, the values and members of every open container live on two stacks; when a
/// container closes, its elements are *moved* (no retain/release) into one exactly sized array.
/// One buffer set serves every document the parser reads, so a customer object costs one
/// allocation per container plus its long strings.
///
/// The owner must call ``reset()`` after every parse (it deinitializes what an error left
/// behind) and ``release()`` once at the end.
struct JSONParserBuffers {
    private(set) var values: UnsafeMutablePointer<JSONValue>
    private(set) var valueCapacity: Int
    private(set) var valueCount = 0

    private(set) var members: UnsafeMutablePointer<JSONMember>
    /// A cheap hash of each member's key, parallel to `members`, to find duplicate keys quickly.
    private(set) var keyHashes: UnsafeMutablePointer<UInt64>
    private(set) var memberCapacity: Int
    private(set) var memberCount = 0

    /// Decoded bytes of the string being read, when it holds escapes.
    private(set) var bytes: UnsafeMutablePointer<UInt8>
    private(set) var byteCapacity: Int
    var byteCount = 0

    init() {
        valueCapacity = 64
        values = .allocate(capacity: valueCapacity)
        memberCapacity = 128
        members = .allocate(capacity: memberCapacity)
        keyHashes = .allocate(capacity: memberCapacity)
        byteCapacity = 1024
        bytes = .allocate(capacity: byteCapacity)
    }

    // MARK: Values of open arrays

    @inline(__always)
    mutating func pushValue(_ value: consuming JSONValue) {
        if valueCount == valueCapacity { growValues() }
        (values + valueCount).initialize(to: value)
        valueCount += 1
    }

    /// Moves the values from `start` to the top into a new array and pops them.
    mutating func popValues(from start: Int) -> [JSONValue] {
        let n = valueCount - start
        if n == 0 { return [] }
        let source = values + start
        valueCount = start
        return [JSONValue](unsafeUninitializedCapacity: n) { buffer, initialized in
            buffer.baseAddress!.moveInitialize(from: source, count: n)
            initialized = n
        }
    }

    private mutating func growValues() {
        let newCapacity = valueCapacity * 2
        let fresh = UnsafeMutablePointer<JSONValue>.allocate(capacity: newCapacity)
        fresh.moveInitialize(from: values, count: valueCount)
        values.deallocate()
        values = fresh
        valueCapacity = newCapacity
    }

    // MARK: Members of open objects

    /// Adds a member to the object whose members start at `start`, or, when the object already
    /// has `key`, replaces that member's value: the last value wins, in the first one's place
    /// (what JavaScript's `JSON.parse` and Ruby's `JSON.parse` do).
    @inline(__always)
    mutating func pushMember(key: consuming String, hash: UInt64, value: consuming JSONValue,
                             objectStart start: Int, mayRepeat: Bool) {
        if mayRepeat {
            var i = start
            while i < memberCount {
                if keyHashes[i] == hash && members[i].key == key {
                    members[i].value = value
                    return
                }
                i += 1
            }
        }
        if memberCount == memberCapacity { growMembers() }
        (members + memberCount).initialize(to: JSONMember(key: key, value: value))
        keyHashes[memberCount] = hash
        memberCount += 1
    }

    /// Moves the members from `start` to the top into a new array and pops them.
    mutating func popMembers(from start: Int) -> [JSONMember] {
        let n = memberCount - start
        if n == 0 { return [] }
        let source = members + start
        memberCount = start
        return [JSONMember](unsafeUninitializedCapacity: n) { buffer, initialized in
            buffer.baseAddress!.moveInitialize(from: source, count: n)
            initialized = n
        }
    }

    private mutating func growMembers() {
        let newCapacity = memberCapacity * 2
        let fresh = UnsafeMutablePointer<JSONMember>.allocate(capacity: newCapacity)
        fresh.moveInitialize(from: members, count: memberCount)
        members.deallocate()
        members = fresh
        let freshHashes = UnsafeMutablePointer<UInt64>.allocate(capacity: newCapacity)
        freshHashes.update(from: keyHashes, count: memberCount)
        keyHashes.deallocate()
        keyHashes = freshHashes
        memberCapacity = newCapacity
    }

    // MARK: Decoded string bytes

    /// Makes room for `extra` more decoded bytes.
    @inline(__always)
    mutating func reserveBytes(_ extra: Int) {
        if byteCount + extra > byteCapacity { growBytes(to: byteCount + extra) }
    }

    private mutating func growBytes(to needed: Int) {
        var newCapacity = byteCapacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        fresh.update(from: bytes, count: byteCount)
        bytes.deallocate()
        bytes = fresh
        byteCapacity = newCapacity
    }

    // MARK: Life cycle

    /// Drops whatever a failed parse left on the stacks.
    mutating func reset() {
        values.deinitialize(count: valueCount)
        valueCount = 0
        members.deinitialize(count: memberCount)
        memberCount = 0
        byteCount = 0
    }

    /// Frees the memory; the buffers must not be used afterwards.
    mutating func release() {
        reset()
        values.deallocate()
        members.deallocate()
        keyHashes.deallocate()
        bytes.deallocate()
    }
}

import CRMModel

/// One customer of a cluster, as the resolver needs it.
///
/// Resolution does not normalize anything: the caller passes the phones and emails already in the
/// form that may be written back, so this module needs no normalization tables.
public struct ClusterMember: Sendable, Hashable {
    /// The record as exported; plain fields are read from its top-level JSON.
    public var customer: Customer {
        _read { yield storage.customer }
        _modify { let box = uniqueStorage(); yield &box.customer }
    }
    /// The mapped fields (activity figures and timestamps for the victor choice; stored phones
    /// and emails, compared with the united lists to decide whether to overwrite).
    public var fields: CustomerFields {
        _read { yield storage.fields }
        _modify { let box = uniqueStorage(); yield &box.fields }
    }
    /// Valid phones in E.164 (`+819012345678`), in the record's order.
    public var phonesE164: [String] {
        _read { yield storage.phonesE164 }
        _modify { let box = uniqueStorage(); yield &box.phonesE164 }
    }
    /// Stored phones that are not valid numbers. The API rejects them on write, so they cannot be
    /// carried over; the resolver notes every one that a merge would lose.
    public var invalidPhones: [String] {
        _read { yield storage.invalidPhones }
        _modify { let box = uniqueStorage(); yield &box.invalidPhones }
    }
    /// Every real email of the member in the form to write (trimmed, lower-cased), placeholders
    /// such as `noemail@example.com` left out by the caller.
    public var emailsWriteForm: [String] {
        _read { yield storage.emailsWriteForm }
        _modify { let box = uniqueStorage(); yield &box.emailsWriteForm }
    }
    /// Top-level JSON fields whose values the caller judged to carry no information (a placeholder
    /// name such as `ゲスト` or `Walk-in`): survivorship treats them as blank.
    public var blankFields: Set<String> {
        _read { yield storage.blankFields }
        _modify { let box = uniqueStorage(); yield &box.blankFields }
    }
    /// Comparison keys of the live objects of `addresses` (those not marked `_destroy`), in
    /// order, made by the caller's address normalizer. Nil, or a count that does not match,
    /// falls back to ``AddressKey/init(plain:)``.
    public var addressKeys: [AddressKey]? {
        _read { yield storage.addressKeys }
        _modify { let box = uniqueStorage(); yield &box.addressKeys }
    }
    /// Comparison keys of the strings of `tags`, in order (NFKC case-folded by the caller). Nil,
    /// or a count that does not match, falls back to a plain case and width fold.
    public var tagKeys: [String]? {
        _read { yield storage.tagKeys }
        _modify { let box = uniqueStorage(); yield &box.tagKeys }
    }

    /// Every property lives in one reference-counted box, copied only when a shared member is
    /// changed: the resolver walks, sorts and filters arrays of members dozens of times per
    /// cluster, and copying the eight fields inline (a retain and a release for every string,
    /// array and JSON tree in them) was a sixth of a 1.65M run's resolve stage.
    private var storage: ClusterMemberStorage

    private mutating func uniqueStorage() -> ClusterMemberStorage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    public init(customer: Customer, fields: CustomerFields, phonesE164: [String] = [],
                invalidPhones: [String] = [], emailsWriteForm: [String] = [],
                blankFields: Set<String> = [], addressKeys: [AddressKey]? = nil, tagKeys: [String]? = nil) {
        storage = ClusterMemberStorage(customer: customer, fields: fields, phonesE164: phonesE164,
                                       invalidPhones: invalidPhones, emailsWriteForm: emailsWriteForm,
                                       blankFields: blankFields, addressKeys: addressKeys, tagKeys: tagKeys)
    }

    public static func == (a: ClusterMember, b: ClusterMember) -> Bool {
        a.storage === b.storage || a.storage.isEqual(to: b.storage)
    }

    public func hash(into hasher: inout Hasher) {
        storage.hash(into: &hasher)
    }

    /// The customer's id.
    public var id: String { customer.id }

    /// The live address objects of the record (not marked `_destroy`), as stored.
    public var addressObjects: [JSONObject] {
        guard case .array(let items)? = customer.json[ResolutionRules.addressesField] else { return [] }
        return items.compactMap { item in
            guard let o = item.objectValue, o["_destroy"] != .bool(true) else { return nil }
            return o
        }
    }

    /// The tags of the record when they are a list of strings; nil when absent or of another shape.
    public var tagStrings: [String]? {
        guard let value = customer.json[ResolutionRules.tagsField] else { return [] }
        switch value {
        case .null: return []
        case .array(let items):
            var out: [String] = []
            for item in items {
                guard case .string(let s) = item else { return nil }
                out.append(s)
            }
            return out
        default: return nil
        }
    }

    /// Each live address with its comparison key.
    func keyedAddresses() -> [(object: JSONObject, key: AddressKey)] {
        let objects = addressObjects
        if let keys = addressKeys, keys.count == objects.count { return Array(zip(objects, keys)).map { ($0.0, $0.1) } }
        return objects.map { ($0, AddressKey(plain: $0)) }
    }

    /// Each tag with its comparison key; nil when the tags are not a list of strings.
    func keyedTags() -> [(text: String, key: String)]? {
        guard let tags = tagStrings else { return nil }
        if let keys = tagKeys, keys.count == tags.count { return Array(zip(tags, keys)).map { ($0.0, $0.1) } }
        return tags.map { ($0, PlainFold.tag($0)) }
    }
}

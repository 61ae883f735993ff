import JSON

/// A ``FieldMapping`` made ready to read many records: the same fields, found in one pass over
/// each record's keys instead of one scan per path.
///
/// A mapping reads about 35 paths per record (most of them absent: `birth_date`, `zip_code`,
/// `street1`, …), and ``JSONObject`` finds a key by a linear scan, so a record of 22 keys cost
/// some 700 string comparisons; at 1.65 million records that was most of a run's load stage.
/// The reader resolves each top-level key the mapping can read to a slot once, walks a record's
/// keys once filling the slots (the first occurrence of a key wins, as in ``JSONObject``), and
/// answers every path from the slots. Dotted paths keep ``JSONObject/value(atPath:)``.
public struct FieldReader: Sendable {
    public let mapping: FieldMapping

    /// Where a path's value is found.
    private enum Path: Sendable {
        /// A top-level key, by its slot.
        case slot(Int)
        /// A path with a dot: read with ``JSONObject/value(atPath:)`` (a key holding the dot first).
        case dotted(String)
    }

    /// Where a text field's paths are found: ``FieldMapping/textFields`` may also name a key of
    /// the first address.
    private enum TextPath: Sendable {
        case top(Path)
        case firstAddress(String)
    }

    private let slots: [String: Int]
    private let addressesSlot: Int
    private let eventsSlot: Int
    private let franchiseID, firstName, lastName, firstNameReading, lastNameReading, companyName: [Path]
    private let phones, emails, birthday, reservationCount, lastVisit, createdAt, updatedAt: [Path]
    private let postalCode, street, street2, country: [Path]
    private let textFields: [(name: String, paths: [TextPath])]
    /// The text fields read from an address, with the address keys each reads.
    private let addressFields: [String: [String]]

    public init(_ mapping: FieldMapping) {
        self.mapping = mapping
        var slots: [String: Int] = [:]
        func slot(_ key: String) -> Int {
            if let s = slots[key] { return s }
            slots[key] = slots.count
            return slots.count - 1
        }
        func paths(_ candidates: [String]) -> [Path] {
            candidates.map { $0.utf8.contains(UInt8(ascii: ".")) ? .dotted($0) : .slot(slot($0)) }
        }
        addressesSlot = slot("addresses")
        eventsSlot = slot("events")
        franchiseID = paths(mapping.franchiseID)
        firstName = paths(mapping.firstName)
        lastName = paths(mapping.lastName)
        firstNameReading = paths(mapping.firstNameReading)
        lastNameReading = paths(mapping.lastNameReading)
        companyName = paths(mapping.companyName)
        phones = paths(mapping.phones)
        emails = paths(mapping.emails)
        birthday = paths(mapping.birthday)
        reservationCount = paths(mapping.reservationCount)
        lastVisit = paths(mapping.lastVisit)
        createdAt = paths(mapping.createdAt)
        updatedAt = paths(mapping.updatedAt)
        postalCode = paths(mapping.postalCode)
        street = paths(mapping.street)
        street2 = paths(mapping.street2)
        country = paths(mapping.country)
        let prefix = FieldMapping.firstAddressPrefix
        textFields = mapping.textFields.map { field in
            (field.key, field.value.map { path -> TextPath in
                path.hasPrefix(prefix) ? .firstAddress(String(path.dropFirst(prefix.count))) : .top(paths([path])[0])
            })
        }
        addressFields = mapping.textFields.compactMapValues { paths -> [String]? in
            let keys = paths.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
            return keys.isEmpty ? nil : keys
        }
        self.slots = slots
    }

    /// Takes the mapping's fields out of one customer: equal to ``FieldMapping/fields(of:)``.
    public func fields(of customer: Customer) -> CustomerFields {
        let json = customer.json
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: slots.count) { found in
            found.initialize(repeating: -1)
            for (index, member) in json.members.enumerated() {
                if let s = slots[member.key], found[s] < 0 { found[s] = Int32(index) }
            }
            let record = Record(json: json, found: UnsafeBufferPointer(found))
            return fields(customer.id, record)
        }
    }

    /// One record with its slots filled.
    private struct Record {
        let json: JSONObject
        let found: UnsafeBufferPointer<Int32>

        func value(_ path: Path) -> JSONValue? {
            switch path {
            case .slot(let s): return value(slot: s)
            case .dotted(let p): return json.value(atPath: p)
            }
        }

        func value(slot s: Int) -> JSONValue? {
            let index = found[s]
            return index < 0 ? nil : json.members[Int(index)].value
        }
    }

    private func fields(_ id: String, _ r: Record) -> CustomerFields {
        let addresses = r.value(slot: addressesSlot)
        var fields = CustomerFields(
            id: id,
            franchiseID: text(r, franchiseID),
            firstName: text(r, firstName),
            lastName: text(r, lastName),
            firstNameReading: text(r, firstNameReading),
            lastNameReading: text(r, lastNameReading),
            companyName: text(r, companyName),
            phones: list(r, phones, objectKey: "number"),
            emails: list(r, emails, objectKey: "email"),
            birthday: text(r, birthday) ?? FieldMapping.birthdayFromEvents(r.value(slot: eventsSlot)),
            reservationCount: integer(r, reservationCount),
            lastVisit: text(r, lastVisit),
            createdAt: text(r, createdAt),
            updatedAt: text(r, updatedAt),
            postalCode: text(r, postalCode) ?? FieldMapping.fromFirstAddress(addresses, FieldMapping.addressPostalKeys),
            street: streetLines(r, addresses),
            country: text(r, country) ?? FieldMapping.fromFirstAddress(addresses, FieldMapping.addressCountryKeys),
            texts: textFields.reduce(into: [:]) { texts, field in
                if let value = textOrAddress(r, addresses, field.paths) { texts[field.name] = value }
            }
        )
        fields.otherAddresses = FieldMapping.otherAddresses(addresses, besides: fields, addressFields: addressFields)
        return fields
    }

    private func integer(_ r: Record, _ candidates: [Path]) -> Int? {
        for path in candidates {
            if let n = r.value(path)?.intValue { return n }
        }
        return nil
    }

    private func text(_ r: Record, _ candidates: [Path]) -> String? {
        for path in candidates {
            if let s = r.value(path)?.scalarText, !s.isBlank { return s }
        }
        return nil
    }

    /// The first of `candidates` that holds a value, top-level paths and `first_address.KEY` alike.
    private func textOrAddress(_ r: Record, _ addresses: JSONValue?, _ candidates: [TextPath]) -> String? {
        for path in candidates {
            let value: String?
            switch path {
            case .top(let p): value = text(r, [p])
            case .firstAddress(let key): value = FieldMapping.fromFirstAddress(addresses, [key])
            }
            if let value { return value }
        }
        return nil
    }

    /// Strings of the first candidate that yields any; objects give their `objectKey`.
    private func list(_ r: Record, _ candidates: [Path], objectKey: String) -> [String] {
        for path in candidates {
            guard let value = r.value(path) else { continue }
            var out: [String] = []
            switch value {
            case .array(let items):
                for item in items {
                    if let s = item.scalarText { out.append(s) }
                    else if case .object(let o) = item, let s = o[objectKey]?.scalarText, o["_destroy"] != .bool(true) {
                        out.append(s)
                    }
                }
            case .string(let s):
                out.append(s)
            default:
                break
            }
            out.removeAll { $0.isBlank }
            if !out.isEmpty { return out }
        }
        return []
    }

    /// The street and its second line, joined: top level when the customer has a street there,
    /// else from the first address.
    private func streetLines(_ r: Record, _ addresses: JSONValue?) -> String? {
        let top = [text(r, street), text(r, street2)].compactMap { $0 }
        if !top.isEmpty { return top.joined(separator: ", ") }
        let lines = [FieldMapping.fromFirstAddress(addresses, FieldMapping.addressStreetKeys),
                     FieldMapping.fromFirstAddress(addresses, FieldMapping.addressStreet2Keys)]
            .compactMap { $0 }
        return lines.isEmpty ? nil : lines.joined(separator: ", ")
    }
}

extension CustomerNormalizer {
    /// Cleans the records of `range`, writing into the shared output at their own indices.
    func cleanChunk(
        _ inputs: [CustomerInput], _ range: Range<Int>,
        customers: UnsafeMutableBufferPointer<NormalizedCustomer>, records: UnsafeMutableBufferPointer<RecordNames>
    ) -> ChunkSummary {
        var summary = ChunkSummary()
        var partIndex: [UTF8Key: Int] = [:]
        var parts: [PartEntry] = [PartEntry(part: .missing)]   // index 0: a missing part
        var companyCache: [UTF8Key: String] = [:]
        // Each distinct number of the chunk goes to libphonenumber once (microseconds a parse).
        var phoneCache = PhoneCache()
        let addresses = AddressNormalizer()
        var pairCounts: [PartPair: Int] = [:]

        func lookup(_ raw: String?) -> Int {
            guard let raw, !raw.isEmpty else { return 0 }
            let key = UTF8Key(raw)
            if let index = partIndex[key] { return index }
            let (cleaned, isPlaceholder) = names.analyze(raw)
            parts.append(PartEntry(part: CleanedPart(cleaned: cleaned, isPlaceholder: isPlaceholder,
                                                     script: NameScript(of: cleaned))))
            partIndex[key] = parts.count - 1
            return parts.count - 1
        }

        /// Reports a reading (once per distinct raw string) and returns its usable form.
        func reading(_ index: Int) -> String {
            let usable = Self.usableReading(parts[index].part)
            if !usable.isEmpty, !parts[index].reportedAsReading {
                summary.keyed.insert(UTF8Key(usable))
                parts[index].reportedAsReading = true
            }
            return usable
        }

        /// Reports a name part: for its own key, or as kanji that needs a fallback key.
        func report(name index: Int, hasReading: Bool) {
            let part = parts[index].part
            if part.script == .han {
                if !hasReading, !parts[index].reportedAsHanWithoutReading {
                    summary.hanWithoutReading.insert(UTF8Key(part.cleaned))
                    parts[index].reportedAsHanWithoutReading = true
                }
            } else if !part.cleaned.isEmpty, !parts[index].reportedAsName {
                summary.keyed.insert(UTF8Key(part.cleaned))
                parts[index].reportedAsName = true
            }
        }

        for index in range {
            let input = inputs[index]
            let lastIndex = lookup(input.lastName), firstIndex = lookup(input.firstName)
            let lastReadingIndex = lookup(input.lastNameReading), firstReadingIndex = lookup(input.firstNameReading)
            let last = parts[lastIndex].part, first = parts[firstIndex].part

            var customer = NormalizedCustomer(franchise: input.franchise ?? "")
            customer.isPlaceholderName = isPlaceholderName(
                last: last, first: first,
                readingIsPlaceholder: parts[lastReadingIndex].part.isPlaceholder || parts[firstReadingIndex].part.isPlaceholder)
            var record = RecordNames()
            if !customer.isPlaceholderName {
                record.lastReading = reading(lastReadingIndex)
                record.firstReading = reading(firstReadingIndex)
                record.lastIsHan = last.script == .han
                record.firstIsHan = first.script == .han
                customer.lastName.exact = last.cleaned
                customer.firstName.exact = first.cleaned
                report(name: lastIndex, hasReading: !record.lastReading.isEmpty)
                report(name: firstIndex, hasReading: !record.firstReading.isEmpty)
                if record.lastIsHan, !record.lastReading.isEmpty {
                    pairCounts[PartPair(name: Int32(lastIndex), reading: Int32(lastReadingIndex)), default: 0] += 1
                }
                if record.firstIsHan, !record.firstReading.isEmpty {
                    pairCounts[PartPair(name: Int32(firstIndex), reading: Int32(firstReadingIndex)), default: 0] += 1
                }
            }

            for raw in input.phones {
                switch phones.normalize(raw, country: input.country, franchise: input.franchise, cache: &phoneCache) {
                case .valid(let e164): if !customer.phones.contains(e164) { customer.phones.append(e164) }
                case .invalid: if !customer.invalidPhones.contains(raw) { customer.invalidPhones.append(raw) }
                case .empty: break
                }
            }
            for raw in input.emails {
                if let key = emails.comparisonKey(raw), !customer.emails.contains(key) { customer.emails.append(key) }
            }
            if let birthday = input.birthday { customer.birthday = birthdays.normalize(birthday) }
            if let company = input.company, !company.isEmpty {
                let key = UTF8Key(company)
                if let cached = companyCache[key] {
                    customer.company = cached
                } else {
                    let folded = companies.normalize(company)
                    companyCache[key] = folded
                    customer.company = folded
                }
            }
            if let postal = input.postalCode, !postal.isEmpty { customer.postalCode = addresses.postalCode(postal) }
            if let street = input.street, !street.isEmpty {
                (customer.street, customer.streetWords) = addresses.streetForms(street)
            }
            for (field, raw) in input.texts {
                let folded = TextNormalizer().fold(raw)
                if !folded.isEmpty { customer.texts[field] = folded }
            }
            if !input.otherAddresses.isEmpty {
                customer.otherAddresses = otherAddresses(input.otherAddresses, besides: customer, addresses)
            }
            customers[index] = customer
            records[index] = record
        }
        summary.observations = pairCounts.map { pair, count in
            LexiconObservation(name: parts[Int(pair.name)].part.cleaned,
                               reading: Self.usableReading(parts[Int(pair.reading)].part), count: count)
        }
        return summary
    }

    /// The other addresses folded, without empty ones and repeats (of each other, or of the
    /// record's own address fields: two exports of one address differ only in spacing or width).
    func otherAddresses(_ inputs: [AddressInput], besides customer: NormalizedCustomer, _ addresses: AddressNormalizer)
        -> [NormalizedAddress] {
        let own = NormalizedAddress(postalCode: customer.postalCode, street: customer.street, streetWords: customer.streetWords,
                                    texts: customer.texts)
        var out: [NormalizedAddress] = []
        for input in inputs {
            var address = NormalizedAddress()
            if let postal = input.postalCode, !postal.isEmpty { address.postalCode = addresses.postalCode(postal) }
            if let street = input.street, !street.isEmpty { (address.street, address.streetWords) = addresses.streetForms(street) }
            for (field, raw) in input.texts {
                let folded = TextNormalizer().fold(raw)
                if !folded.isEmpty { address.texts[field] = folded }
            }
            let repeatsOwn = address.postalCode == own.postalCode && address.street == own.street
                && address.texts.allSatisfy { own.texts[$0.key] == $0.value }
            if address.isEmpty || repeatsOwn || out.contains(address) { continue }
            out.append(address)
        }
        return out
    }

    /// A record's name is a placeholder when either part is a named placeholder (`ゲスト`), two
    /// ASCII parts together spell one (`Walk` + `In`, `No` + `Name`), or no part holds a real
    /// name and something placeholder-like was typed (`.` or `様` alone, a reading `ゲスト`).
    func isPlaceholderName(last: CleanedPart, first: CleanedPart, readingIsPlaceholder: Bool) -> Bool {
        if last.isNamedPlaceholder || first.isNamedPlaceholder { return true }
        if last.cleaned.isEmpty, first.cleaned.isEmpty {
            return last.isPlaceholder || first.isPlaceholder || readingIsPlaceholder
        }
        if !last.cleaned.isEmpty, !first.cleaned.isEmpty, last.script == .latin, first.script == .latin,
           ScalarClass.isASCII(last.cleaned), ScalarClass.isASCII(first.cleaned) {
            return names.placeholderCleaned.contains(last.cleaned + first.cleaned)
                || names.placeholderCleaned.contains(first.cleaned + last.cleaned)
        }
        return false
    }

    /// A reading to key on: not a placeholder and not kanji (a kanji "reading" reads nothing).
    static func usableReading(_ reading: CleanedPart) -> String {
        reading.isPlaceholder || reading.script == .han ? "" : reading.cleaned
    }
}

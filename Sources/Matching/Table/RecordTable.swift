import Normalization
import Parallelism

/// The customers as columns of small integers, built once per run.
///
/// Every string is interned into a ``StringPool`` so that blocking hashes integers and scoring
/// compares integers first and bytes only when it must. Value frequencies (how many records carry
/// each name, phone, email, birthday) are counted here for term-frequency adjustment.
public struct RecordTable: Sendable {
    public let count: Int
    let franchise: [Int32]
    /// Name parts as written (kanji stays kanji), in a pool shared by family and given names so
    /// that swapped names compare by id.
    let lastExact: [Int32]
    let firstExact: [Int32]
    /// Folded romaji keys, in one pool shared by both parts.
    let lastRomaji: [Int32]
    let firstRomaji: [Int32]
    let phones: MultiValueColumn
    let emails: MultiValueColumn
    /// Birthday as yyyymmdd, 0 when missing.
    let birthday: [Int32]
    let company: [Int32]
    let postalCode: [Int32]
    let street: [Int32]

    let franchises: StringPool
    let exactNames: StringPool
    let romajiNames: StringPool
    let phonePool: StringPool
    let emailPool: StringPool
    let companies: StringPool
    let postalCodes: StringPool
    let streets: StringPool

    /// Records carrying each value (indexed by the value's id in its pool).
    let exactNameFrequency: [Int32]
    let romajiNameFrequency: [Int32]
    let phoneFrequency: [Int32]
    let emailFrequency: [Int32]
    let companyFrequency: [Int32]
    let postalCodeFrequency: [Int32]
    let streetFrequency: [Int32]
    let birthdayFrequency: [Int32: Int32]
    /// Nickname group of each romaji key (0: none), by romaji id.
    let nicknameGroup: [Int32]
    /// Phones and emails shared within a household (see ``HouseholdValues``), by value id.
    let householdPhone: [Bool]
    let householdEmail: [Bool]

    /// Builds the table, its independent columns on up to `threads` threads.
    /// - Complexity: O(total length of all values).
    public init(_ customers: [NormalizedCustomer], threads: Int = ProcessorCount.online) {
        // Each pool and its columns depend on no other, so they are built side by side: interning
        // 1.65M records was one of the longest one-threaded parts of a run.
        let built = ColumnBuilds()
        let tasks: [@Sendable () -> Void] = [
            { built.names = Self.names(customers, romaji: false) },
            { built.romaji = Self.names(customers, romaji: true) },
            { built.phones = Self.multiValue(customers, phones: true) },
            { built.emails = Self.multiValue(customers, phones: false) },
            { built.others = Self.others(customers) },
            { built.addresses = Self.addresses(customers) },
        ]
        _ = ParallelChunks.map(tasks.indices.map { $0..<($0 + 1) }, threads: threads) { range in tasks[range.lowerBound]() }
        let (exact, lastExact, firstExact) = built.names!
        let (romaji, lastRomaji, firstRomaji) = built.romaji!
        let (phonePool, phones) = built.phones!
        let (emailPool, emails) = built.emails!
        let others = built.others!
        let addresses = built.addresses!

        self.count = customers.count
        self.franchise = others.franchise
        self.lastExact = lastExact
        self.firstExact = firstExact
        self.lastRomaji = lastRomaji
        self.firstRomaji = firstRomaji
        self.phones = phones
        self.emails = emails
        self.birthday = others.birthday
        self.company = others.company
        self.postalCode = addresses.postalCode
        self.street = addresses.street
        self.exactNameFrequency = Self.frequencies(exact.count, [lastExact, firstExact])
        self.romajiNameFrequency = Self.frequencies(romaji.count, [lastRomaji, firstRomaji])
        self.phoneFrequency = Self.frequencies(phonePool.count, [phones.values])
        self.emailFrequency = Self.frequencies(emailPool.count, [emails.values])
        self.companyFrequency = Self.frequencies(others.companies.count, [others.company])
        self.postalCodeFrequency = Self.frequencies(addresses.postalCodes.count, [addresses.postalCode])
        self.streetFrequency = Self.frequencies(addresses.streets.count, [addresses.street])
        self.birthdayFrequency = others.birthdayFrequency
        let nicknames = Nicknames()
        self.nicknameGroup = (0..<romaji.count).map { nicknames.group(ofKey: romaji.string(Int32($0))) }
        self.householdPhone = HouseholdValues.flags(phones, valueCount: phonePool.count, firstNames: firstRomaji, pool: romaji)
        self.householdEmail = HouseholdValues.flags(emails, valueCount: emailPool.count, firstNames: firstRomaji, pool: romaji)
        self.franchises = others.franchises
        self.exactNames = exact
        self.romajiNames = romaji
        self.phonePool = phonePool
        self.emailPool = emailPool
        self.companies = others.companies
        self.postalCodes = addresses.postalCodes
        self.streets = addresses.streets
    }

    /// The columns the parallel build fills in, one property per task.
    private final class ColumnBuilds: @unchecked Sendable {
        var names: (StringPool, [Int32], [Int32])?
        var romaji: (StringPool, [Int32], [Int32])?
        var phones: (StringPool, MultiValueColumn)?
        var emails: (StringPool, MultiValueColumn)?
        var others: Others?
        var addresses: Addresses?
    }

    /// Postal code and street columns.
    private struct Addresses {
        var postalCodes = StringPool(), streets = StringPool()
        var postalCode: [Int32] = [], street: [Int32] = []
    }

    private static func addresses(_ customers: [NormalizedCustomer]) -> Addresses {
        var a = Addresses()
        a.postalCode.reserveCapacity(customers.count)
        a.street.reserveCapacity(customers.count)
        customers.withUnsafeBufferPointer { records in
            for k in records.indices {
                a.postalCode.append(a.postalCodes.intern(records[k].postalCode))
                a.street.append(a.streets.intern(records[k].street))
            }
        }
        a.postalCodes.freeze()
        a.streets.freeze()
        return a
    }

    /// Franchise, birthday and company columns: small pools, built together.
    private struct Others {
        var franchises = StringPool(), companies = StringPool()
        var franchise: [Int32] = [], birthday: [Int32] = [], company: [Int32] = []
        var birthdayFrequency: [Int32: Int32] = [:]
    }

    /// Family and given names in one pool (so swapped names compare by id); 0 for placeholders.
    private static func names(_ customers: [NormalizedCustomer], romaji: Bool) -> (StringPool, [Int32], [Int32]) {
        var pool = StringPool()
        var last = [Int32](), first = [Int32]()
        last.reserveCapacity(customers.count)
        first.reserveCapacity(customers.count)
        // Fields are read in place: copying each customer out of the array retained every string
        // in it, and that showed in the profile of a 1.65M run.
        customers.withUnsafeBufferPointer { records in
            for k in records.indices {
                let placeholder = records[k].isPlaceholderName
                if placeholder {
                    last.append(0)
                    first.append(0)
                } else if romaji {
                    last.append(pool.intern(records[k].lastName.romaji))
                    first.append(pool.intern(records[k].firstName.romaji))
                } else {
                    last.append(pool.intern(records[k].lastName.exact))
                    first.append(pool.intern(records[k].firstName.exact))
                }
            }
        }
        pool.freeze()
        return (pool, last, first)
    }

    private static func multiValue(_ customers: [NormalizedCustomer], phones: Bool) -> (StringPool, MultiValueColumn) {
        var pool = StringPool()
        var column = MultiValueColumn()
        customers.withUnsafeBufferPointer { records in
            for k in records.indices {
                column.append(distinctIDs(phones ? records[k].phones : records[k].emails, &pool))
            }
        }
        pool.freeze()
        return (pool, column)
    }

    private static func others(_ customers: [NormalizedCustomer]) -> Others {
        var o = Others()
        o.franchise.reserveCapacity(customers.count)
        o.birthday.reserveCapacity(customers.count)
        o.company.reserveCapacity(customers.count)
        customers.withUnsafeBufferPointer { records in
            for k in records.indices {
                o.franchise.append(o.franchises.intern(records[k].franchise))
                let b = records[k].birthday ?? 0
                o.birthday.append(b)
                if b != 0 { o.birthdayFrequency[b, default: 0] += 1 }
                o.company.append(o.companies.intern(records[k].company))
            }
        }
        o.franchises.freeze()
        o.companies.freeze()
        return o
    }

    private static func distinctIDs(_ values: [String], _ pool: inout StringPool) -> [Int32] {
        var ids: [Int32] = []
        for v in values where !v.isEmpty {
            let id = pool.intern(v)
            if !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    private static func frequencies(_ size: Int, _ columns: [[Int32]]) -> [Int32] {
        var counts = [Int32](repeating: 0, count: size)
        for column in columns {
            for id in column where id != 0 { counts[Int(id)] += 1 }
        }
        return counts
    }
}

import Normalization

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

    let franchises: StringPool
    let exactNames: StringPool
    let romajiNames: StringPool
    let phonePool: StringPool
    let emailPool: StringPool
    let companies: StringPool

    /// Records carrying each value (indexed by the value's id in its pool).
    let exactNameFrequency: [Int32]
    let romajiNameFrequency: [Int32]
    let phoneFrequency: [Int32]
    let emailFrequency: [Int32]
    let companyFrequency: [Int32]
    let birthdayFrequency: [Int32: Int32]
    /// Nickname group of each romaji key (0: none), by romaji id.
    let nicknameGroup: [Int32]
    /// Phones and emails shared within a household (see ``HouseholdValues``), by value id.
    let householdPhone: [Bool]
    let householdEmail: [Bool]

    /// Builds the table.
    /// - Complexity: O(total length of all values).
    public init(_ customers: [NormalizedCustomer]) {
        var franchises = StringPool(), exact = StringPool(), romaji = StringPool()
        var phonePool = StringPool(), emailPool = StringPool(), companies = StringPool()
        var franchise = [Int32](), lastExact = [Int32](), firstExact = [Int32]()
        var lastRomaji = [Int32](), firstRomaji = [Int32](), birthday = [Int32](), company = [Int32]()
        let n = customers.count
        franchise.reserveCapacity(n); lastExact.reserveCapacity(n); firstExact.reserveCapacity(n)
        lastRomaji.reserveCapacity(n); firstRomaji.reserveCapacity(n); birthday.reserveCapacity(n)
        company.reserveCapacity(n)
        var phones = MultiValueColumn(), emails = MultiValueColumn()
        var birthdayFrequency: [Int32: Int32] = [:]
        for c in customers {
            franchise.append(franchises.intern(c.franchise))
            let placeholder = c.isPlaceholderName
            lastExact.append(placeholder ? 0 : exact.intern(c.lastName.exact))
            firstExact.append(placeholder ? 0 : exact.intern(c.firstName.exact))
            lastRomaji.append(placeholder ? 0 : romaji.intern(c.lastName.romaji))
            firstRomaji.append(placeholder ? 0 : romaji.intern(c.firstName.romaji))
            phones.append(Self.distinctIDs(c.phones, &phonePool))
            emails.append(Self.distinctIDs(c.emails, &emailPool))
            let b = c.birthday ?? 0
            birthday.append(b)
            if b != 0 { birthdayFrequency[b, default: 0] += 1 }
            company.append(companies.intern(c.company))
        }
        self.count = n
        self.franchise = franchise
        self.lastExact = lastExact
        self.firstExact = firstExact
        self.lastRomaji = lastRomaji
        self.firstRomaji = firstRomaji
        self.phones = phones
        self.emails = emails
        self.birthday = birthday
        self.company = company
        self.exactNameFrequency = Self.frequencies(exact.count, [lastExact, firstExact])
        self.romajiNameFrequency = Self.frequencies(romaji.count, [lastRomaji, firstRomaji])
        self.phoneFrequency = Self.frequencies(phonePool.count, [phones.values])
        self.emailFrequency = Self.frequencies(emailPool.count, [emails.values])
        self.companyFrequency = Self.frequencies(companies.count, [company])
        self.birthdayFrequency = birthdayFrequency
        let nicknames = Nicknames()
        self.nicknameGroup = (0..<romaji.count).map { nicknames.group(ofKey: romaji.string(Int32($0))) }
        self.householdPhone = HouseholdValues.flags(phones, valueCount: phonePool.count, firstNames: firstRomaji, pool: romaji)
        self.householdEmail = HouseholdValues.flags(emails, valueCount: emailPool.count, firstNames: firstRomaji, pool: romaji)
        franchises.freeze(); exact.freeze(); romaji.freeze()
        phonePool.freeze(); emailPool.freeze(); companies.freeze()
        self.franchises = franchises
        self.exactNames = exact
        self.romajiNames = romaji
        self.phonePool = phonePool
        self.emailPool = emailPool
        self.companies = companies
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

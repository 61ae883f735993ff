/// Normalized keys of one name part (family or given name), ready for blocking and comparison.
public struct NameKeys: Sendable, Hashable {
    /// The cleaned name in its own script: NFKC, case-folded, honorifics, spaces and punctuation
    /// removed (`田中`, `タナカ`, `jose`). Empty when missing or a placeholder.
    public var exact: String
    /// The folded romaji / Latin key (`tanaka`, `taro`, `zyose` for José; see `RomajiFolding`).
    /// For kanji: the record's own reading when it has one, else the reading learned for that
    /// spelling (`KanjiReadingLexicon`), else ICU's Han-Latin (a consistent key between kanji
    /// spellings only). For kana, Latin and other scripts: the name itself, transliterated (the
    /// reading is used only when the name is missing; see `CustomerNormalizer`).
    /// Empty when missing or a placeholder.
    public var romaji: String

    public init(exact: String = "", romaji: String = "") {
        self.exact = exact
        self.romaji = romaji
    }

    public var isEmpty: Bool { exact.isEmpty && romaji.isEmpty }
}

/// One customer's fields after normalization: what blocking and scoring read.
///
/// Values that carry no evidence (placeholder names and emails, invalid phones) are already
/// removed here, so nothing downstream can chain records together through them.
public struct NormalizedCustomer: Sendable, Hashable {
    /// Franchise id, or "" when the record has none. Records never match across franchises.
    public var franchise: String
    public var lastName: NameKeys
    public var firstName: NameKeys
    /// The name was a placeholder typed by staff (ゲスト, Guest, Walk-in, 未設定, "."): no evidence.
    public var isPlaceholderName: Bool
    /// Valid phones in E.164 (`+819012345678`), deduplicated, in the record's order.
    public var phones: [String]
    /// Phones that could not be read as a valid number: kept for the record, never used as evidence.
    public var invalidPhones: [String]
    /// Email comparison keys (lower-cased, provider rules applied), placeholders removed.
    public var emails: [String]
    /// Birthday as `yyyymmdd`, or nil when missing or not a real date.
    public var birthday: Int32?
    /// Folded company name, "" when none.
    public var company: String
    /// Postal code, letters and digits only, upper case (`1500001`, `SW1A1AA`); "" when none.
    public var postalCode: String
    /// Street line folded to letters and digits without spaces (`7wallabyplace`, `梅田1124`), so
    /// that spacing and punctuation differences compare equal; "" when none.
    public var street: String
    /// The same street as its words, one space apart (`7 wallaby place`): what word-order
    /// tolerant comparisons read; "" when none.
    public var streetWords: String
    /// The other text fields the rules file maps (a city), by field name, folded like the street
    /// (letters and digits, case-folded); a field without a value is absent.
    public var texts: [String: String]
    /// The customer's other addresses, folded, without repeats of the address above or of each
    /// other: matching compares every address of one record with every address of the other.
    public var otherAddresses: [NormalizedAddress]

    public init(
        franchise: String = "", lastName: NameKeys = NameKeys(), firstName: NameKeys = NameKeys(),
        isPlaceholderName: Bool = false, phones: [String] = [], invalidPhones: [String] = [],
        emails: [String] = [], birthday: Int32? = nil, company: String = "",
        postalCode: String = "", street: String = "", streetWords: String = "", texts: [String: String] = [:],
        otherAddresses: [NormalizedAddress] = []
    ) {
        self.streetWords = streetWords.isEmpty ? street : streetWords
        self.franchise = franchise
        self.lastName = lastName
        self.firstName = firstName
        self.isPlaceholderName = isPlaceholderName
        self.phones = phones
        self.invalidPhones = invalidPhones
        self.emails = emails
        self.birthday = birthday
        self.company = company
        self.postalCode = postalCode
        self.street = street
        self.texts = texts
        self.otherAddresses = otherAddresses
    }
}

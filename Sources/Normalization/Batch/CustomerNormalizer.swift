import Parallelism
/// The batch entry point: raw customers in, ``NormalizedCustomer`` out, in input order.
///
/// ```swift
/// let normalizer = CustomerNormalizer()
/// let customers = normalizer.normalize([
///     CustomerInput(lastName: "田中", firstName: "太郎", lastNameReading: "タナカ", firstNameReading: "タロウ",
///                   phones: ["090-1234-5678"], emails: ["Taro.Tanaka@gmail.com"], birthday: "1984/3/5"),
///     CustomerInput(lastName: "田中", firstName: "太郎", phones: ["+81 90 1234 5678"]),
/// ])
/// customers[1].lastName.romaji   // "tanaka": learned from the first record's reading
/// ```
///
/// ## Name keys
/// `exact` is the cleaned name in its own script (``NameNormalizer/clean(_:)``). `romaji` is
/// chosen per name part:
/// - **kanji** (`田中`, also mixed `田中ゆみ`): the key of the record's own reading when it has
///   one; else the reading learned for that spelling across the whole input
///   (``KanjiReadingLexicon``); else ICU's pinyin (meets other kanji only).
/// - **kana, Latin, other scripts**: the key of the name itself; the reading is used only
///   when the name is missing. A Latin name is not replaced by its reading because only some
///   records carry one: `Michael` must key alike with and without `マイケル` beside it, and a
///   kana name and its reading give the same key anyway.
///
/// Placeholder names (``NameNormalizer/isPlaceholder(_:)``) set `isPlaceholderName` and leave
/// both name keys empty; a reading that is a placeholder or holds kanji is ignored.
///
/// ## Cost
/// Records are cleaned on all cores, each chunk caching its distinct strings. Each distinct
/// name and reading is then romanized once: ASCII and kana without ICU on all cores, the rest
/// (accented Latin, Hangul, Cyrillic, unlearned kanji) serially through ICU, whose
/// transliterator holds a process-wide lock.
/// - Complexity: O(n) in the records, plus ICU time per distinct non-kana, non-ASCII string.
public struct CustomerNormalizer: Sendable {
    public let options: NormalizationOptions
    public let names: NameNormalizer
    public let phones: PhoneNormalizer
    public let emails: EmailNormalizer
    public let birthdays: BirthdayNormalizer
    public let companies: CompanyNormalizer

    public init(options: NormalizationOptions = NormalizationOptions()) {
        self.options = options
        self.names = NameNormalizer(options: options.names)
        self.phones = PhoneNormalizer(defaultCountry: options.defaultCountry, franchiseCountries: options.franchiseCountries)
        self.emails = EmailNormalizer(options: options.emails)
        self.birthdays = BirthdayNormalizer(latest: options.latestBirthday)
        self.companies = CompanyNormalizer()
    }

    /// Normalizes `inputs`, learning kanji readings from these same inputs first.
    public func normalize(_ inputs: [CustomerInput]) -> [NormalizedCustomer] {
        run(inputs, lexicon: nil).customers
    }

    /// Normalizes `inputs` and returns the lexicon learned from them too (to store it, or to
    /// merge it with the next run's).
    public func normalizeAndLearn(_ inputs: [CustomerInput]) -> (customers: [NormalizedCustomer], lexicon: KanjiReadingLexicon) {
        run(inputs, lexicon: nil)
    }

    /// Normalizes `inputs` with a lexicon learned before (an incremental run over a few changed
    /// customers has too little data to learn from). `lexicon` must be finalized.
    public func normalize(_ inputs: [CustomerInput], lexicon: KanjiReadingLexicon) -> [NormalizedCustomer] {
        run(inputs, lexicon: lexicon).customers
    }

    private func run(_ inputs: [CustomerInput], lexicon given: KanjiReadingLexicon?) -> (customers: [NormalizedCustomer], lexicon: KanjiReadingLexicon) {
        let (customers, lexicon, _) = run(inputs, lexicon: given, splitter: nil)
        return (customers, lexicon)
    }

    /// Normalizes `inputs` with the lexicon and splitter given, or those learned from `inputs`.
    func run(_ inputs: [CustomerInput], lexicon given: KanjiReadingLexicon?, splitter givenSplitter: FullNameSplitter?)
        -> (customers: [NormalizedCustomer], lexicon: KanjiReadingLexicon, splitter: FullNameSplitter) {
        // A full name typed into one field is split first, with family names learned from the base.
        let splitter = givenSplitter ?? FullNameSplitter(learningFrom: inputs)
        let inputs = ParallelChunks.mapElements(inputs) { splitter.split($0) }
        // One chunk per core when cleaning: each chunk cleans every distinct name it meets, so
        // more chunks would clean the same names again.
        let cleaningRanges = ParallelChunks.ranges(count: inputs.count, chunksPerCore: 1)
        let ranges = ParallelChunks.ranges(count: inputs.count)

        // 1. Clean every field; collect the distinct strings that need romaji keys.
        var records = [RecordNames](repeating: RecordNames(), count: inputs.count)
        var customers = [NormalizedCustomer](repeating: NormalizedCustomer(), count: inputs.count)
        let summaries: [ChunkSummary] = customers.withUnsafeMutableBufferPointer { customerBuffer in
            records.withUnsafeMutableBufferPointer { recordBuffer in
                let output = UncheckedSendable((customerBuffer, recordBuffer))
                return ParallelChunks.map(cleaningRanges) { range in
                    cleanChunk(inputs, range, customers: output.value.0, records: output.value.1)
                }
            }
        }
        var keyed = Set<UTF8Key>()
        var hanWithoutReading = Set<UTF8Key>()
        for summary in summaries {
            keyed.formUnion(summary.keyed)
            hanWithoutReading.formUnion(summary.hanWithoutReading)
        }

        // 2. Romaji key of every distinct non-kanji name and reading.
        let keys = romajiKeys(for: Array(keyed))

        // 3. Learn kanji readings from records that have both.
        let lexicon = given ?? learnLexicon(summaries, keys: keys)

        // 4. Keys for kanji names seen without a reading: learned reading, else pinyin.
        let hanKeys = kanjiKeys(for: Array(hanWithoutReading), lexicon: lexicon)

        // 5. Fill in the romaji keys.
        customers.withUnsafeMutableBufferPointer { customerBuffer in
            let output = UncheckedSendable(customerBuffer)
            _ = ParallelChunks.map(ranges) { range in
                for index in range {
                    Self.fillRomaji(&output.value[index], records[index], keys: keys, hanKeys: hanKeys)
                }
            }
        }
        return (customers, lexicon, splitter)
    }
}

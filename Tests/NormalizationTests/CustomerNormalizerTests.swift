import Testing
@testable import Normalization

@Suite("CustomerNormalizer")
struct CustomerNormalizerTests {
    let normalizer = CustomerNormalizer(options: NormalizationOptions(latestBirthday: 20250601))

    @Test("a kanji name without a reading meets kana and romaji through the learned lexicon")
    func lexiconAcrossRecords() {
        let customers = normalizer.normalize([
            CustomerInput(lastName: "田中", firstName: "太郎", lastNameReading: "タナカ", firstNameReading: "タロウ"),
            CustomerInput(lastName: "田中", firstName: "太郎", lastNameReading: "たなか", firstNameReading: "たろう"),
            CustomerInput(lastName: "田中", firstName: "太郎"),
            CustomerInput(lastName: "タナカ", firstName: "タロー"),
            CustomerInput(lastName: "Tanaka", firstName: "Tarou"),
            CustomerInput(lastName: "TANAKA", firstName: "Taro"),
        ])
        for customer in customers {
            #expect(customer.lastName.romaji == "tanaka")
            #expect(customer.firstName.romaji == "taro")
        }
        #expect(customers[2].lastName.exact == "田中")
        #expect(customers[3].lastName.exact == "タナカ")
        #expect(customers[4].lastName.exact == "tanaka")
    }

    @Test("an unlearned kanji name falls back to pinyin, which meets the same kanji")
    func pinyinFallback() {
        let customers = normalizer.normalize([
            CustomerInput(lastName: "東海林", firstName: "一"),
            CustomerInput(lastName: "東海林", firstName: "一"),
        ])
        #expect(customers[0].lastName.romaji == "donghailin")
        #expect(customers[0].lastName == customers[1].lastName)
        #expect(customers[0].firstName.exact == "一")
    }

    @Test("a given lexicon is used instead of learning")
    func givenLexicon() {
        var lexicon = KanjiReadingLexicon()
        lexicon.observe(name: "佐藤", reading: "サトウ")
        lexicon.observe(name: "佐藤", reading: "サトウ")
        lexicon.finalize()
        let customers = normalizer.normalize([CustomerInput(lastName: "佐藤")], lexicon: lexicon)
        #expect(customers[0].lastName.romaji == "sato")

        let (_, learned) = normalizer.normalizeAndLearn([
            CustomerInput(lastName: "佐藤", lastNameReading: "さとう"),
            CustomerInput(lastName: "佐藤", lastNameReading: "サトー"),
        ])
        #expect(learned.readingKey(for: "佐藤") == "sato")
    }

    @Test("Latin and kana names keep their own key; the reading fills in a missing name")
    func readingChoice() {
        let customers = normalizer.normalize([
            CustomerInput(lastName: "Brown", firstName: "Michael", lastNameReading: "ブラウン", firstNameReading: "マイケル"),
            CustomerInput(lastName: "Brown", firstName: "Michael"),
            CustomerInput(lastName: nil, firstName: "", lastNameReading: "ヤマダ", firstNameReading: "ハナコ"),
            CustomerInput(lastName: "山田", lastNameReading: "山田"),   // a kanji "reading" reads nothing
        ])
        #expect(customers[0].firstName == customers[1].firstName)
        #expect(customers[0].lastName.romaji == "brown")
        #expect(customers[2].lastName == NameKeys(exact: "", romaji: "yamada"))
        #expect(customers[2].firstName.romaji == "hanako")
        #expect(customers[3].lastName.romaji == "syantian")   // pinyin "shan tian", folded
    }

    @Test("placeholder names carry no name keys", arguments: [
        CustomerInput(lastName: "ゲスト"),
        CustomerInput(lastName: "ゲスト", firstName: "様"),
        CustomerInput(lastName: "Walk", firstName: "In"),
        CustomerInput(lastName: "No", firstName: "Name"),
        CustomerInput(lastName: "Guest", firstName: "John"),
        CustomerInput(lastName: "."),
        CustomerInput(lastName: "様"),
        CustomerInput(lastName: "", firstName: "", lastNameReading: "ゲスト"),
        CustomerInput(lastName: "0312345678"),
    ])
    func placeholders(input: CustomerInput) {
        let customer = normalizer.normalize([input])[0]
        #expect(customer.isPlaceholderName)
        #expect(customer.lastName.isEmpty && customer.firstName.isEmpty)
    }

    @Test("a junk part beside a real name is only missing", arguments: [
        CustomerInput(lastName: ".", firstName: "太郎"),
        CustomerInput(lastName: "田中", firstName: "様"),
        CustomerInput(lastName: "田中", lastNameReading: "ゲスト"),
    ])
    func junkPart(input: CustomerInput) {
        let customer = normalizer.normalize([input])[0]
        #expect(!customer.isPlaceholderName)
        #expect(!(customer.lastName.isEmpty && customer.firstName.isEmpty))
    }

    @Test("no name at all is missing, not a placeholder")
    func missingName() {
        let customer = normalizer.normalize([CustomerInput(phones: ["090-1234-5678"])])[0]
        #expect(!customer.isPlaceholderName)
        #expect(customer.lastName.isEmpty && customer.firstName.isEmpty)
    }

    @Test("phones, emails, birthday, company and franchise are normalized")
    func otherFields() {
        let customer = normalizer.normalize([
            CustomerInput(
                franchise: "f-1", lastName: "田中",
                phones: ["090-1234-5678", "+81 90 1234 5678", "", "03-1234", "03-1234-5678", "03-1234"],
                emails: ["Taro.Tanaka@gmail.com", "tarotanaka+rsv@gmail.com", "none@example.com", "bad@", "t@docomo.ne.jp"],
                birthday: "1984/3/5", company: "株式会社テーブルチェック"),
        ])[0]
        #expect(customer.franchise == "f-1")
        #expect(customer.phones == ["+819012345678", "+81312345678"])
        #expect(customer.invalidPhones == ["03-1234"])
        #expect(customer.emails == ["tarotanaka@gmail.com", "t@docomo.ne.jp"])
        #expect(customer.birthday == 19840305)
        #expect(customer.company == "テーブルチェック")
    }

    @Test("missing fields give empty values")
    func emptyRecord() {
        let customer = normalizer.normalize([CustomerInput()])[0]
        #expect(customer == NormalizedCustomer())
        #expect(normalizer.normalize([]).isEmpty)
    }

    @Test("the default country reads national phone numbers")
    func defaultCountry() {
        let american = CustomerNormalizer(options: NormalizationOptions(defaultCountry: "US"))
        #expect(american.normalize([CustomerInput(phones: ["(212) 555-0123"])])[0].phones == ["+12125550123"])
    }

    @Test("a large batch, split across threads, keeps input order and per-record results")
    func largeBatch() {
        let pattern = [
            CustomerInput(lastName: "田中", firstName: "太郎", lastNameReading: "タナカ", firstNameReading: "タロウ",
                          phones: ["090-1234-5678"]),
            CustomerInput(lastName: "田中", firstName: "花子", emails: ["Hanako@GMail.com"]),
            CustomerInput(lastName: "Smith", firstName: "José", birthday: "1990-01-02"),
            CustomerInput(lastName: "ゲスト"),
            CustomerInput(lastName: "김", firstName: "민수", company: "TableCheck Inc."),
        ]
        let inputs = (0..<10_000).flatMap { index in
            pattern.map { input in
                var copy = input
                copy.franchise = "f\(index % 7)"
                return copy
            }
        }
        let small = normalizer.normalize(pattern + pattern)
        let customers = normalizer.normalize(inputs)
        #expect(customers.count == inputs.count)
        for (index, customer) in customers.enumerated() {
            var expected = small[index % pattern.count]
            expected.franchise = "f\(index / pattern.count % 7)"
            if customer != expected {
                Issue.record("record \(index): \(customer) != \(expected)")
                break
            }
        }
        #expect(customers[1].lastName.romaji == "tanaka")
    }
}

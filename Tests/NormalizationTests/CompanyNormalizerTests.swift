import Testing
@testable import Normalization

@Suite("CompanyNormalizer")
struct CompanyNormalizerTests {
    let companies = CompanyNormalizer()

    @Test("legal forms, width, case and punctuation are folded away", arguments: [
        ("株式会社テーブルチェック", "テーブルチェック"),
        ("テーブルチェック株式会社", "テーブルチェック"),
        ("(株)テーブルチェック", "テーブルチェック"),
        ("（株）テーブルチェック", "テーブルチェック"),
        ("㈱テーブルチェック", "テーブルチェック"),
        ("テーブルチェック 御中", "テーブルチェック"),
        ("有限会社 山田商店", "山田商店"),
        ("TableCheck Inc.", "tablecheck"),
        ("TableCheck, Inc.", "tablecheck"),
        ("ＴＡＢＬＥＣＨＥＣＫ ＩＮＣ", "tablecheck"),
        ("Acme Co., Ltd.", "acme"),
        ("Siemens AG", "siemens"),
        ("The Company", "thecompany"),   // nothing else would remain: keep the words
        ("", ""),
    ])
    func fold(raw: String, folded: String) {
        #expect(companies.normalize(raw) == folded)
    }
}

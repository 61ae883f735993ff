import Testing
@testable import Normalization

@Suite("EmailNormalizer")
struct EmailNormalizerTests {
    let emails = EmailNormalizer()

    @Test("comparison keys fold case, width and provider rules", arguments: [
        ("tanaka@docomo.ne.jp", "tanaka@docomo.ne.jp"),
        ("  Tanaka@Docomo.ne.jp ", "tanaka@docomo.ne.jp"),
        ("ｔａｎａｋａ＠ｄｏｃｏｍｏ．ｎｅ．ｊｐ", "tanaka@docomo.ne.jp"),   // full-width
        ("\u{3000}tanaka@docomo.ne.jp\u{3000}", "tanaka@docomo.ne.jp"),
        ("mailto:tanaka@docomo.ne.jp", "tanaka@docomo.ne.jp"),
        ("Taro.Tanaka@gmail.com", "tarotanaka@gmail.com"),           // Gmail ignores dots
        ("t.a.r.o.tanaka@gmail.com", "tarotanaka@gmail.com"),
        ("tarotanaka+reservations@gmail.com", "tarotanaka@gmail.com"),
        ("taro.tanaka+rsv@googlemail.com", "tarotanaka@gmail.com"),
        ("taro.tanaka@example-corp.co.jp", "taro.tanaka@example-corp.co.jp"),   // dots kept elsewhere
        ("taro+rsv@outlook.jp", "taro+rsv@outlook.jp"),              // + kept outside Gmail
        ("taro..tanaka.@docomo.ne.jp", "taro..tanaka.@docomo.ne.jp"), // old carrier address, still valid
    ])
    func keys(raw: String, key: String) {
        #expect(emails.comparisonKey(raw) == key)
    }

    @Test("provider rules can be turned off")
    func options() {
        let plain = EmailNormalizer(options: EmailNormalizationOptions(gmailIgnoreDots: false, stripPlusTags: false))
        #expect(plain.comparisonKey("Taro.Tanaka+rsv@gmail.com") == "taro.tanaka+rsv@gmail.com")
        let everywhere = EmailNormalizer(options: EmailNormalizationOptions(plusTagDomains: ["outlook.jp"]))
        #expect(everywhere.comparisonKey("taro+rsv@outlook.jp") == "taro@outlook.jp")
    }

    @Test("placeholders give no key", arguments: [
        "none@docomo.ne.jp", "noemail@gmail.com", "no-email@gmail.com", "no.email@yahoo.co.jp", "noreply@tablecheck.com",
        "do-not-reply@shop.jp", "test@test.com", "dummy@gmail.com", "null@null.com", "n/a@na.com", "xxx@xxx.com",
        "tanaka@example.com", "tanaka@example.jp", "tanaka@mail.example.com", "tanaka@shop.invalid", "tanaka@foo.test",
        "unknown@docomo.ne.jp", "test+1@gmail.com",
    ])
    func placeholders(raw: String) {
        #expect(emails.comparisonKey(raw) == nil)
        #expect(emails.isPlaceholder(raw))
        #expect(emails.writeForm(raw) != nil)
    }

    @Test("what is not an address gives neither key nor write form", arguments: [
        "", "   ", "tanaka", "tanaka@", "@docomo.ne.jp", "tanaka@@docomo.ne.jp", "tanaka@docomo@ne.jp",
        "tanaka @docomo.ne.jp", "tana ka@docomo.ne.jp", "tanaka@docomo", "tanaka@docomo..ne.jp", "tanaka@.docomo.ne.jp",
        "tanaka@docomo.ne.jp.", "tanaka@-docomo.ne.jp", "Tanaka <tanaka@docomo.ne.jp>", "tanaka@docomo.ne.jp, sato@au.com",
        "tanaka;docomo.ne.jp", "+@gmail.com",
    ])
    func invalid(raw: String) {
        #expect(emails.comparisonKey(raw) == nil)
        if raw != "+@gmail.com" {
            #expect(emails.writeForm(raw) == nil)
        }
        #expect(!emails.isPlaceholder(raw))
    }

    @Test("a Gmail local part of only dots or a tag has no key", arguments: ["...@gmail.com", "+tag@gmail.com"])
    func emptyGmailLocal(raw: String) {
        #expect(emails.comparisonKey(raw) == nil)
    }

    @Test("the write form is trimmed and lower-cased but keeps dots and tags", arguments: [
        (" Taro.Tanaka+RSV@GMail.com ", "taro.tanaka+rsv@gmail.com"),
        ("ＴＡＲＯ＠ＡＵ．ＣＯＭ", "taro@au.com"),
        ("none@docomo.ne.jp", "none@docomo.ne.jp"),
    ])
    func writeForm(raw: String, written: String) {
        #expect(emails.writeForm(raw) == written)
    }

    @Test("absurdly long input is rejected quickly")
    func absurd() {
        let huge = String(repeating: "a", count: 5_000_000) + "@gmail.com"
        #expect(emails.comparisonKey(huge) == nil)
        #expect(emails.writeForm(String(repeating: "a", count: 65) + "@gmail.com") == nil)   // local part > 64
    }
}

import Matching
import Rules
import Normalization

/// A normalized customer written the short way: romaji keys double as the exact spelling unless given.
func person(
    _ last: String, _ first: String, lastExact: String? = nil, firstExact: String? = nil,
    phones: [String] = [], emails: [String] = [], birthday: Int32? = nil,
    franchise: String = "f1", placeholder: Bool = false, company: String = "",
    postalCode: String = "", street: String = ""
) -> NormalizedCustomer {
    NormalizedCustomer(
        franchise: franchise,
        lastName: NameKeys(exact: lastExact ?? last, romaji: last),
        firstName: NameKeys(exact: firstExact ?? first, romaji: first),
        isPlaceholderName: placeholder, phones: phones, emails: emails, birthday: birthday, company: company,
        postalCode: postalCode, street: street)
}

/// Settings for small fixtures: a fixed prior (a tiny base cannot estimate one) and few random pairs.
func smallSettings(prior: Double = 1e-4) -> MatchingSettings {
    var s = MatchingSettings.standard
    s.prior = .fixed(prior)
    s.uSampleSize = 20_000
    return s
}

/// A background of distinct people so that u and term frequencies have something to stand on.
func background(_ n: Int, franchise: String = "f1") -> [NormalizedCustomer] {
    let lasts = ["sato", "suzuki", "takahashi", "tanaka", "ito", "watanabe", "yamamoto", "nakamura", "kobayashi",
                 "kato", "yoshida", "yamada", "sasaki", "yamaguchi", "matsumoto", "inoue", "kimura", "hayashi"]
    let firsts = ["shota", "haruto", "yui", "hina", "ren", "sota", "yuna", "aoi", "riku", "mei", "kaito", "sakura",
                  "daiki", "misaki", "takumi", "nanami", "kenta", "ayaka", "yuto", "rin", "hiroshi", "yoko"]
    return (0..<n).map { k in
        person(lasts[k % lasts.count] + (k % 7 == 0 ? "" : String(k % 5)), firsts[(k / lasts.count) % firsts.count],
               phones: ["+8190\(String(10_000_000 + k * 7919 % 89_999_999))"],
               emails: ["bg\(k)@example.org"],
               birthday: Int32(19_500_101 + (k % 40) * 10_000 + (k % 12) * 100 + k % 27),
               franchise: franchise)
    }
}

/// 400 background customers known by their address alone (no phones, no emails), as in the
/// public record-linkage benchmarks: 90 postal codes, a street each.
func addressOnlyBackground() -> [NormalizedCustomer] {
    background(400).enumerated().map { k, p in
        var p = p
        p.phones = []
        p.emails = []
        p.postalCode = String(2_000 + k % 90)
        p.street = "\(k)wallabyplace"
        return p
    }
}

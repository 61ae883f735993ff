/// A naming culture of international customers: its names, whether the family name comes first,
/// where its phones come from and which mail providers it uses.
struct Culture: Sendable {
    /// Share of international entities from this culture (weights, not normalised).
    var weight: Double
    /// Family name written first in the culture's own order (Chen Wei, Kim Min-su). Such names are
    /// swapped far more often between records: nobody agrees which field is "first".
    var familyFirst: Bool
    /// Given names with gender, most frequent first.
    var givenNames: [(name: String, female: Bool)]
    /// Family names, most frequent first.
    var surnames: [String]
    /// Informal forms seen on some records (Robert → Bob).
    var nicknames: [String: [String]]
    /// Phone countries and their weights.
    var phoneCountries: [(country: PhoneCountry, weight: Double)]
    /// Mail providers and their weights.
    var mailDomains: [(domain: String, weight: Double)]
}

extension Culture {
    /// Splits a whitespace-separated word list; `+` inside a word stands for a space.
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map {
            String($0).replacingPlus()
        }
    }

    /// Given names where a trailing `*` marks a female name.
    static func given(_ text: String) -> [(name: String, female: Bool)] {
        words(text).map { w in
            w.hasSuffix("*") ? (String(w.dropLast()), true) : (w, false)
        }
    }
}

extension String {
    fileprivate func replacingPlus() -> String {
        String(self.map { $0 == "+" ? " " : $0 })
    }
}

import Benchmark
import Normalization

/// Per-value benchmarks of the field normalizers: one iteration handles 1,000 values, so with
/// the `.kilo` scaling the harness prints time, rate and allocations per value.
func registerFieldBenchmarks() {
    let names = NameNormalizer()

    let nameSets: [(label: String, values: @Sendable () -> [String])] = [
        ("ASCII", { FieldSamples.asciiNames() }),
        ("kana", { FieldSamples.kanaNames() }),
        ("kanji", { FieldSamples.kanjiNames() }),
        ("accented Latin", { FieldSamples.accentedNames() }),
    ]

    // Cleaning: NFKC, case folding, honorifics and punctuation; every name goes through it.
    for set in nameSets {
        Benchmark("Name clean (\(set.label))", configuration: MicroMetrics.perValueConfiguration(),
                  closure: { benchmark, values in
                      for value in values { blackHole(names.clean(value)) }
                  },
                  setup: { set.values() })
    }

    // Romaji key of a cleaned name: ASCII and kana are romanized in Swift, kanji and accented
    // Latin go through ICU (kanji come out as pinyin). The batch normalizer does this once per
    // distinct string, so this is the cost per distinct name.
    let keySets = [
        ("ASCII", nameSets[0].values), ("kana", nameSets[1].values),
        ("kanji, ICU", nameSets[2].values), ("accented Latin, ICU", nameSets[3].values),
    ]
    for (label, values) in keySets {
        Benchmark("Romaji key (\(label))", configuration: MicroMetrics.perValueConfiguration(),
                  closure: { benchmark, cleaned in
                      for value in cleaned { blackHole(names.romajiKey(value)) }
                  },
                  setup: { values().map { names.clean($0) } })
    }

    let phones = PhoneNormalizer(defaultCountry: "JP")
    Benchmark("Phone normalize (mixed forms)", configuration: MicroMetrics.perValueConfiguration(),
              closure: { benchmark, values in
                  for value in values { blackHole(phones.normalize(value)) }
              },
              setup: { FieldSamples.phones() })

    let emails = EmailNormalizer()
    Benchmark("Email comparison key (mixed forms)", configuration: MicroMetrics.perValueConfiguration(),
              closure: { benchmark, values in
                  for value in values { blackHole(emails.comparisonKey(value)) }
              },
              setup: { FieldSamples.emails() })
}

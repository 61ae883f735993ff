import Matching
import Testing
@testable import Rules

@Suite("Rules files that are wrong")
struct RulesErrorTests {
    private func error(_ yaml: String) -> RulesError? {
        do {
            _ = try RulesParser.parse(yaml, source: "my.yaml")
            return nil
        } catch {
            return error
        }
    }

    @Test("an unknown key is named with its line")
    func unknownKey() throws {
        let e = try #require(error("version: 1\nthresholds:\n  review: 0.5\n  automerge: 0.99\n"))
        #expect(e.line == 4)
        #expect(e.key == "thresholds.automerge")
        #expect(e.description.hasPrefix("my.yaml:4: thresholds.automerge: unknown key"))
    }

    @Test("a value of the wrong kind is named with its key and line")
    func wrongValue() throws {
        let yaml = """
        version: 1
        comparisons:
          - name: phone
            field: phone
            levels:
              - {kind: exact, m: lots}
        """
        let e = try #require(error(yaml))
        #expect(e.line == 6)
        #expect(e.key == "comparisons[0].levels[0].m")
        #expect(e.message.contains("expected a number"))
    }

    @Test("an unknown choice lists the valid ones")
    func unknownChoice() throws {
        let e = try #require(error("version: 1\nvictor:\n  order: [most_visits]\n"))
        #expect(e.line == 3)
        #expect(e.message.contains("most_reservations"))
    }

    @Test("a missing or unsupported version is refused")
    func version() throws {
        #expect(try #require(error("thresholds:\n  review: 0.5\n")).key == "version")
        #expect(try #require(error("version: 7\n")).message.contains("not supported"))
    }

    @Test("broken YAML gives the line of the break")
    func brokenYAML() throws {
        let e = try #require(error("version: 1\nthresholds:\n  review: [0.5\n  auto_merge: 0.9\n"))
        #expect(e.line != nil)
        #expect(e.message.contains("not valid YAML"))
    }

    @Test("every numeric knob out of its range is refused with the file, line and key",
          arguments: [
            ("estimation:\n  u_sample_size: 0\n", 3, "estimation.u_sample_size"),
            ("estimation:\n  u_sample_size: 999\n", 3, "estimation.u_sample_size"),
            ("estimation:\n  tf_minimum: 0\n", 3, "estimation.tf_minimum"),
            ("thresholds:\n  review: 0\n", 3, "thresholds.review"),
            ("thresholds:\n  review: 1\n", 3, "thresholds.review"),
            ("thresholds:\n  auto_merge: 1.5\n", 3, "thresholds.auto_merge"),
            ("prior: 0\n", 2, "prior"),
            ("clustering:\n  max_auto_merge_cluster_size: 1\n", 3, "clustering.max_auto_merge_cluster_size"),
            ("blocking:\n  - {name: p, keys: [phone], max_block_size: 1}\n", 3, "blocking[0].max_block_size"),
            ("max_values_per_record: 0\n", 2, "max_values_per_record"),
            ("comparisons:\n  - name: c\n    field: company\n    levels:\n      - {kind: jaro_winkler, threshold: 0, m: 0.5}\n",
             6, "comparisons[0].levels[0].threshold"),
            ("comparisons:\n  - name: c\n    field: company\n    levels:\n      - {kind: edit_distance, max: 0, m: 0.5}\n",
             6, "comparisons[0].levels[0].max"),
            ("comparisons:\n  - name: c\n    field: company\n    levels:\n      - {kind: exact, m: 0}\n",
             6, "comparisons[0].levels[0].m"),
            ("comparisons:\n  - name: c\n    field: company\n    levels:\n      - {kind: exact, m: 0.5, u: 1.5}\n",
             6, "comparisons[0].levels[0].u"),
          ])
    func outOfRange(_ body: String, _ line: Int, _ key: String) throws {
        let e = try #require(error("version: 1\n" + body))
        #expect(e.description.hasPrefix("my.yaml:\(line): \(key): "), "\(e)")
        #expect(e.message.contains("is outside"), "\(e)")
    }

    @Test("a YAML error quotes at most about 120 characters of a very long line, not the whole line")
    func longLineCut() throws {
        let long = String(repeating: "x", count: 200_000)
        let e = try #require(error("version: 1\nthresholds:\n  review: @\(long)\n"))
        #expect(e.message.contains("not valid YAML"))
        #expect(e.description.count < 600, "\(e.description.count) characters")
        #expect(e.description.contains("xxx…"))
        let value = try #require(error("version: 1\nprior: \(long)\n"))
        #expect(value.description.count < 400)
        #expect(value.message.contains("…"))
    }

    @Test("an auto-merge threshold below the review threshold is refused")
    func thresholds() throws {
        let e = try #require(error("version: 1\nthresholds:\n  review: 0.9\n  auto_merge: 0.5\n"))
        #expect(e.message.contains("must not be below review"))
    }

    @Test("phones cannot be given a survivorship policy")
    func reservedField() throws {
        let e = try #require(error("version: 1\nsurvivorship:\n  fields:\n    phones: longest\n"))
        #expect(e.line == 4)
    }
}

@Suite("Custom rules files")
struct CustomRulesTests {
    @Test("a small file overrides only what it names")
    func overrides() throws {
        let yaml = """
        version: 1
        prior: 0.0001
        thresholds: {review: 0.6, auto_merge: 0.995}
        normalization:
          default_country: us
        blocking:
          - {name: phone, keys: [phone], max_block_size: 20, swap_names: false}
        fields:
          last_name: [surname, last_name]
        victor:
          order: [latest_visit]
        """
        let rules = try RulesParser.parse(yaml, source: "custom.yaml")
        #expect(rules.matching.prior == .fixed(0.0001))
        #expect(rules.matching.reviewThreshold == 0.6)
        #expect(rules.matching.autoMergeThreshold == 0.995)
        #expect(rules.matching.blockingRules == [BlockingRule(name: "phone", keys: ["phone"], symmetricNames: false, maximumBlockSize: 20)])
        #expect(rules.matching.comparisons == MatchingSettings.standard.comparisons)
        #expect(rules.normalization.defaultCountry == "US")
        #expect(rules.fields.lastName == ["surname", "last_name"])
        #expect(rules.resolution.victorOrder == [.latestVisit])
    }

    @Test("phones of a franchise can be read in its own country")
    func franchiseCountries() throws {
        let yaml = "version: 1\nnormalization:\n  franchise_countries: {f-seoul: kr, f-sydney: AU}\n"
        let rules = try RulesParser.parse(yaml, source: "custom.yaml")
        #expect(rules.normalization.franchiseCountries == ["f-seoul": "KR", "f-sydney": "AU"])
        #expect(rules.normalization.defaultCountry == "JP")
        #expect {
            _ = try RulesParser.parse("version: 1\nnormalization:\n  franchise_countries: {f-seoul: Korea}\n", source: "custom.yaml")
        } throws: { error in
            "\(error)".contains("two-letter country code") && "\(error)".contains("f-seoul")
        }
    }
}

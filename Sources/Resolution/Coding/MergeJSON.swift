import CRMModel
import MatchEvidence

/// JSON forms shared by the stored suggested merges and the JSON report, so both read the same.
public enum MergeJSON {
    /// A double as a JSON number whose text reads back to the identical value (Swift's
    /// `description` is the shortest round-trip form). JSON has no NaN or infinities, so those
    /// become the strings `"NaN"`, `"Infinity"`, `"-Infinity"`.
    public static func number(_ d: Double) -> JSONValue {
        if d.isNaN { return .string("NaN") }
        if d.isInfinite { return .string(d < 0 ? "-Infinity" : "Infinity") }
        return .number("\(d)")
    }

    /// The double that ``number(_:)`` wrote (or any JSON number), nil for anything else.
    public static func double(_ value: JSONValue) -> Double? {
        switch value {
        case .number(let text): return Double(text)
        case .string("NaN"): return .nan
        case .string("Infinity"): return .infinity
        case .string("-Infinity"): return -.infinity
        default: return nil
        }
    }

    /// `{customer_a, customer_b, match_weight, probability, prior_weight, comparisons: [{comparison,
    /// level, weight, detail}]}`.
    public static func explanation(_ e: PairExplanation) -> JSONValue {
        .object(JSONObject([
            "customer_a": .string(e.customerA),
            "customer_b": .string(e.customerB),
            "match_weight": number(e.matchWeight),
            "probability": number(e.probability),
            "prior_weight": number(e.priorWeight),
            "comparisons": .array(e.outcomes.map { o in
                .object(JSONObject([
                    "comparison": .string(o.comparison),
                    "level": .string(o.level),
                    "weight": number(o.weight),
                    "detail": .string(o.detail),
                ]))
            }),
        ]))
    }

    /// Reads what ``explanation(_:)`` wrote.
    public static func explanation(from value: JSONValue) throws(SuggestedMergeDecodingError) -> PairExplanation {
        try explanation(JSONReader(value, path: "explanation"))
    }

    static func explanation(_ r: JSONReader) throws(SuggestedMergeDecodingError) -> PairExplanation {
        var outcomes: [ComparisonOutcome] = []
        for o in try r.objects("comparisons") {
            outcomes.append(ComparisonOutcome(comparison: try o.string("comparison"), level: try o.string("level"),
                                              weight: try o.double("weight"), detail: try o.string("detail")))
        }
        return PairExplanation(customerA: try r.string("customer_a"), customerB: try r.string("customer_b"),
                               matchWeight: try r.double("match_weight"), probability: try r.double("probability"),
                               priorWeight: try r.double("prior_weight"), outcomes: outcomes)
    }
}

extension MemberSummary {
    /// `{customer_id, first_name, last_name, phones, emails}`, then `birthday`, `company`, `memo`,
    /// `tags`, `addresses`, `events` and `consent` when the record has them (a stored merge stays
    /// small: most records hold none of them).
    public func jsonValue() -> JSONValue {
        var object = JSONObject([
            "customer_id": .string(customerID),
            "first_name": .string(firstName),
            "last_name": .string(lastName),
            "phones": .array(phones.map(JSONValue.string)),
            "emails": .array(emails.map(JSONValue.string)),
        ])
        if let birthday { object["birthday"] = .string(birthday) }
        if let company { object["company"] = .string(company) }
        if let memo { object["memo"] = .string(memo) }
        if !tags.isEmpty { object["tags"] = .array(tags.map(JSONValue.string)) }
        if !addresses.isEmpty { object["addresses"] = .array(addresses.map(JSONValue.string)) }
        if !events.isEmpty { object["events"] = .array(events.map(JSONValue.string)) }
        if !consent.isEmpty { object["consent"] = .object(consent) }
        return .object(object)
    }

    /// Reads what ``jsonValue()`` wrote.
    public init(json: JSONValue) throws(SuggestedMergeDecodingError) {
        try self.init(JSONReader(json, path: "member"))
    }

    init(_ r: JSONReader) throws(SuggestedMergeDecodingError) {
        self.init(customerID: try r.string("customer_id"), firstName: try r.string("first_name"),
                  lastName: try r.string("last_name"), phones: try r.strings("phones"),
                  emails: try r.strings("emails"),
                  birthday: r.has("birthday") ? try r.string("birthday") : nil,
                  company: r.has("company") ? try r.string("company") : nil,
                  memo: r.has("memo") ? try r.string("memo") : nil,
                  tags: r.has("tags") ? try r.strings("tags") : [],
                  addresses: r.has("addresses") ? try r.strings("addresses") : [],
                  events: r.has("events") ? try r.strings("events") : [],
                  consent: r.has("consent") ? try r.object("consent").object : JSONObject())
    }
}

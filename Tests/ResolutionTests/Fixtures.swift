import CRMModel
import Resolution

/// A cluster member built from a few JSON fields. Stored phones are taken as already valid E.164
/// unless `valid` / `invalid` say otherwise; write-form emails default to the stored ones lower-cased.
func member(
    _ id: String, _ fields: KeyValuePairs<String, JSONValue> = [:],
    valid: [String]? = nil, invalid: [String] = [], emails: [String]? = nil, blank: Set<String> = []
) throws -> ClusterMember {
    var json = JSONObject(["id": .string(id)])
    for (key, value) in fields { json[key] = value }
    let customer = try Customer(json: json)
    let mapped = FieldMapping().fields(of: customer)
    return ClusterMember(
        customer: customer, fields: mapped,
        phonesE164: valid ?? mapped.phones, invalidPhones: invalid,
        emailsWriteForm: emails ?? mapped.emails.map { $0.lowercased() },
        blankFields: blank
    )
}

/// A JSON array of strings.
func strings(_ items: String...) -> JSONValue { .array(items.map(JSONValue.string)) }

/// A JSON number from an integer.
func num(_ n: Int) -> JSONValue { .number(String(n)) }

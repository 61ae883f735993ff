import CRMModel
import Normalization
import Resolution
import Rules
import Store
import StoredRuns

/// Resolves a cluster again after a reviewer's edit (another victor, a member taken out), from
/// the members' records as stored and the rules the run was made with.
///
/// It prepares each member exactly as a run does (``ClusterMemberFactory``: mapped fields, E.164
/// phones, writable emails, placeholder names blank) and asks the same ``Resolver``, so an edited
/// plan follows the same survivorship as the suggested one.
struct ClusterReresolver {
    let rules: RuleSet
    private let setup: NormalizationSetup

    init(rules: RuleSet) {
        self.rules = rules
        setup = NormalizationSetup(rules.normalization)
    }

    /// The plan for `memberIDs` with `victorID` as victor, or the rules' victor when nil.
    func resolve(memberIDs: [String], victorID: String?, store: CustomerStore) throws -> ResolvedCluster {
        let customers = try memberIDs.map { id -> Customer in
            guard let row = try store.customer(id: id) else {
                throw PipelineError("customer \(id) is no longer in the store", hint: "re-import it or re-run `tcdedupe run`")
            }
            do {
                return try Customer(value: try JSONValue(parsing: row.raw))
            } catch {
                throw PipelineError("customer \(id) is damaged in the store: \(error)", hint: "re-import it")
            }
        }
        let fields = customers.map { rules.fields.fields(of: $0) }
        let normalized = CustomerNormalizer(options: setup.options).normalize(fields.map(NormalizationSetup.input))
        let factory = ClusterMemberFactory(emails: setup.emailNormalizer)
        let members = customers.indices.map { k in factory.member(customers[k], fields: fields[k], normalized: normalized[k]) }
        let resolver = Resolver(rules: rules.resolution)
        guard let victorID else { return resolver.plan(for: members) }
        do {
            return try resolver.plan(for: members, victorID: victorID)
        } catch {
            throw ReviewError(.notAMember, "\(victorID) is not a member of this cluster", hint: "pick one of its members")
        }
    }
}

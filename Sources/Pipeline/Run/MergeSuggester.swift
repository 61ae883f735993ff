import CRMModel
import Matching
import Normalization
import Resolution
import Store
import Parallelism
import StoredRuns

/// Turns matched clusters into suggested merges: victor, victims, the PUT body, the evidence.
struct MergeSuggester: Sendable {
    let records: RawRecords
    let fields: [CustomerFields]
    let normalized: [NormalizedCustomer]
    let resolver: Resolver
    let emails: EmailNormalizer
    let ids: [String]
    /// When set, each member's fields are read again from its raw record (which resolving parses
    /// anyway) instead of taken from `fields`: a full run lets go of every record's fields once
    /// they are normalized, since holding 1.65 million of them through matching cost hundreds of
    /// megabytes of the run's peak. The same bytes and the same mapping give the same fields.
    var reader: FieldReader?
    /// Added to every cluster's number: an incremental run numbers the clusters it rebuilds
    /// after those it carries over.
    var firstNumber = 1

    /// Resolves the clusters `range` (numbered from 1 in cluster order), in parallel, straight
    /// into the rows the store keeps: a run stores them batch by batch, so the payloads of all
    /// clusters are never in memory at once.
    func rows(_ range: Range<Int>, of result: MatchResult, threads: Int) throws -> [ClusterRow] {
        let chunks = ParallelChunks.map(count: range.count, chunkSize: 1_024, threads: threads) { part in
            Result { () throws -> [ClusterRow] in
                let parser = JSONParser()
                var scratch: [UInt8] = []
                return try part.map { offset in
                    let k = range.lowerBound + offset
                    return Self.row(try suggest(result.clusters[k], number: k + firstNumber, result: result, parser: parser,
                                                scratch: &scratch))
                }
            }
        }
        return try chunks.flatMap { try $0.get() }
    }

    func suggest(_ cluster: MatchedCluster, number: Int, result: MatchResult, parser: JSONParser,
                 scratch: inout [UInt8]) throws -> SuggestedMerge {
        var members: [ClusterMember] = []
        var keyed: [(id: String, createdAt: String?)] = []
        for r in cluster.members {
            let customer = try records.customer(r, parser: parser, scratch: &scratch)
            let memberFields = reader?.fields(of: customer) ?? fields[r]
            members.append(ClusterMemberFactory(emails: emails).member(customer, fields: memberFields, normalized: normalized[r]))
            keyed.append((ids[r], memberFields.createdAt))
        }
        let resolved = resolver.plan(for: members)
        let explanations = cluster.links.map { result.explanation(for: $0, ids: ids) }
        return SuggestedMerge(
            clusterID: number, franchiseID: normalized[cluster.members[0]].franchise,
            confidence: cluster.confidence, matchWeight: cluster.weakestWeight,
            autoMergeEligible: cluster.autoMergeEligible, reviewReasons: cluster.reviewReasons,
            plan: resolved.plan, members: resolved.members, explanations: explanations,
            notes: cluster.notes + resolved.notes, after: resolved.after,
            clusterKey: ClusterKey.of(keyed))
    }

    /// The row stored for a suggested merge.
    static func row(_ s: SuggestedMerge) -> ClusterRow {
        var members = [ClusterMemberRow(customerID: s.plan.victorID, role: ClusterMemberRow.victor)]
        members += s.plan.victimIDs.map { ClusterMemberRow(customerID: $0, role: ClusterMemberRow.victim) }
        return ClusterRow(clusterID: s.clusterID, franchiseID: s.franchiseID.isEmpty ? nil : s.franchiseID,
                          confidence: s.confidence, matchWeight: s.matchWeight, autoMerge: s.autoMergeEligible,
                          size: members.count, victorID: s.plan.victorID,
                          payload: s.serializedJSON(), members: members, clusterKey: s.clusterKey)
    }
}

import JSON
import Support

/// Generates a synthetic, deliberately hard TableCheck-style customer base with its ground truth.
///
/// Every record is one JSON object shaped like the CRM API's customer; the truth maps every
/// customer id to the id of the person (entity) behind it. About a third of people have two to
/// four records that differ the way real records do (script, romanisation, typos, phone formats,
/// missing fields), and many different people look alike: family members sharing surname and home
/// phone, strangers with the most common names, bookings made through one concierge phone, staff
/// placeholders such as `ゲスト`. Entity ids appear only in the truth; record order is shuffled.
///
/// Output is deterministic per seed and independent of the machine. Generation is single-threaded
/// and streams: memory stays at a few bytes per record plus an e-mail ownership table.
public struct CustomerBaseGenerator: Sendable {
    public let configuration: GeneratorConfiguration

    /// - Throws: ``GeneratorConfigurationError`` naming the first knob out of range.
    public init(configuration: GeneratorConfiguration) throws(GeneratorConfigurationError) {
        try configuration.validate()
        self.configuration = configuration
    }

    /// Streams every record and its truth row to the given sinks, in output order.
    ///
    /// - Parameters:
    ///   - writeCustomer: receives one customer as UTF-8 JSON (one object, no trailing newline);
    ///     the buffer is only valid during the call.
    ///   - writeTruth: receives the record's customer id and its entity id.
    /// - Complexity: O(n) in the number of customers.
    public func generate<E: Error>(
        writeCustomer: (_ json: UnsafeBufferPointer<UInt8>) throws(E) -> Void,
        writeTruth: (_ customerID: String, _ entityID: String) throws(E) -> Void
    ) throws(E) -> GenerationSummary {
        try run { (line: UnsafeBufferPointer<UInt8>, entityID: [UInt8]) throws(E) in
            try writeCustomer(line)
            let customerID = String(decoding: UnsafeBufferPointer(rebasing: line[Self.idRange]), as: UTF8.self)
            try writeTruth(customerID, String(decoding: entityID, as: UTF8.self))
        }
    }

    /// Byte range of the customer id in every generated line (`{"id":"` is 7 bytes).
    static let idRange = 7..<31

    /// The generation loop shared by the public entry points.
    func run<E: Error>(
        _ emit: (_ line: UnsafeBufferPointer<UInt8>, _ entityID: [UInt8]) throws(E) -> Void
    ) throws(E) -> GenerationSummary {
        let c = configuration
        let plan = PopulationPlan(configuration: c)
        let lexicon = Lexicon.shared
        let phones = PhoneAllocator(seed: c.seed)
        let fixtures = Fixtures(configuration: c, householdCount: plan.householdCount, phones: phones)
        let builder = ProfileBuilder(configuration: c, plan: plan, lexicon: lexicon, phones: phones, fixtures: fixtures)
        let composer = RecordComposer(configuration: c, lexicon: lexicon, fixtures: fixtures)
        var registry = EmailRegistry(expectedCount: plan.entityCount)
        let entityKey = SplitMix64.mix(c.seed ^ 0xE_4717)

        var summary = GenerationSummary(customers: plan.slots.count, entities: plan.entityCount,
                                        households: plan.multiPersonHouseholds)
        for entity in 0..<plan.entityCount {
            let n = Int(plan.recordCounts[entity])
            if n > 1 { summary.entitiesWithDuplicates += 1 }
            summary.truePairs += n * (n - 1) / 2
            if plan.kinds[entity] == .placeholder { summary.placeholderRecords += n }
        }

        var line = JSONTextWriter(capacity: 4096)
        var entityID: [UInt8] = []
        entityID.reserveCapacity(16)
        for (slot, packed) in plan.slots.enumerated() {
            let entity = Int(packed >> 3)
            let ordinal = Int(packed & 7)
            let profile = builder.profile(of: entity, registry: &registry)
            if composer.write(profile, ordinal: ordinal, slot: slot, into: &line) {
                summary.sharedPhoneRecords += 1
            }
            entityID.removeAll(keepingCapacity: true)
            ObjectID.appendHex(SplitMix64.mix(UInt64(entity) ^ entityKey), to: &entityID)
            summary.customerBytes += line.bytes.count + 1
            try line.bytes.withUnsafeBufferPointer { (buffer) throws(E) in try emit(buffer, entityID) }
        }
        return summary
    }
}

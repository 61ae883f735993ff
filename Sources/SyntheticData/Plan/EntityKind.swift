/// What kind of person an entity is; decides lexicons, phones and e-mail habits.
enum EntityKind: UInt8, Sendable {
    /// A Japanese customer: kanji names with kana readings, Japanese phones.
    case japanese
    /// A customer with a Latin-script (or romanised East Asian) name, often a foreign phone.
    case international
    /// A staff placeholder (`ゲスト`, `Walk-in`, `.`): one record, its own entity.
    case placeholder
}

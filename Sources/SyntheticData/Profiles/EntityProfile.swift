import Support

/// The truth about one person: everything their records are drawn from. Records then vary this
/// truth the way real CRM data does (scripts, formats, typos, missing fields).
struct EntityProfile: Sendable {
    var entity: Int
    var kind: EntityKind
    var household: Int
    var householdSize: Int
    var franchise: Int
    var homeShop: Int
    var female = false

    /// Japanese name: indexes into the lexicon (`given` into the gender's list).
    var surname = 0
    var given = 0
    /// International name.
    var culture = 0
    var foreignGiven: [Unicode.Scalar] = []
    var foreignSurname: [Unicode.Scalar] = []
    /// Placeholder names, as typed by staff.
    var placeholderLast: String = ""
    var placeholderFirst: String = ""

    var birthday: CivilDate?
    /// Main mobile.
    var mobile: PhoneNumber?
    /// A later mobile: some records carry it instead of the main one.
    var newMobile: PhoneNumber?
    /// A Japanese mobile of a foreign resident, next to a home-country mobile.
    var localMobile: PhoneNumber?
    var landline: PhoneNumber?
    /// Mobiles of other household members (bookings made by a spouse).
    var familyMobiles: [PhoneNumber] = []
    /// Placeholder phone as typed (`0000000000`), when not a real number.
    var placeholderPhone: String?

    var email: String?
    var secondEmail: String?
    var familyEmail: String?
    var companyJapanese: Int?
    var companyInternational: Int?
    var address: Address?
    /// Day (since 1970) the person first appeared.
    var firstSeenDay: Int
}

/// What members of one Japanese household share: surname, home landline, address, franchise and
/// sometimes a family e-mail. Different members are different entities — the classic false merge.
struct HouseholdProfile: Sendable {
    var surname: Int
    var area: Int
    var landline: PhoneNumber?
    var address: Address?
    var franchise: Int
    var homeShop: Int
    var familyEmail: String?
    /// Birth year of the first member; others are placed around it.
    var headBirthYear: Int
}

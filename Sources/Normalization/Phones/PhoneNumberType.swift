import CPhoneNumber

/// What kind of line a valid number is, as libphonenumber's metadata classifies it.
public enum PhoneNumberType: Int32, Sendable, Hashable {
    case fixedLine = 0
    case mobile = 1
    /// Regions such as the US where the number alone cannot tell a landline from a mobile.
    case fixedLineOrMobile = 2
    case tollFree = 3
    case premiumRate = 4
    case sharedCost = 5
    case voip = 6
    case personalNumber = 7
    case pager = 8
    /// "Universal access" company numbers.
    case uan = 9
    case voicemail = 10
    /// Matches no pattern of its region (every invalid number).
    case unknown = 11
}

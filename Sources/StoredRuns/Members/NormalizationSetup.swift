import CRMModel
import Normalization
import Rules

/// Builds the normalizers from the rules, and turns mapped fields into normalizer input.
public struct NormalizationSetup: Sendable {
    public let options: NormalizationOptions

    public init(_ rules: NormalizationRules) {
        var names = NameNormalizationOptions()
        names.placeholderNames.formUnion(rules.extraPlaceholderNames.map { UnicodeFolding.nfkcCasefold($0) })
        var emails = EmailNormalizationOptions()
        emails.gmailIgnoreDots = rules.gmailIgnoreDots
        emails.plusTagDomains = Set(rules.plusTagDomains)
        emails.stripPlusTags = !rules.plusTagDomains.isEmpty
        emails.placeholderLocalParts.formUnion(rules.extraPlaceholderEmails.map { $0.lowercased() })
        options = NormalizationOptions(defaultCountry: rules.defaultCountry, franchiseCountries: rules.franchiseCountries,
                                       names: names, emails: emails)
    }

    public var emailNormalizer: EmailNormalizer { EmailNormalizer(options: options.emails) }

    public static func input(_ f: CustomerFields) -> CustomerInput {
        CustomerInput(franchise: f.franchiseID, lastName: f.lastName, firstName: f.firstName,
                      lastNameReading: f.lastNameReading, firstNameReading: f.firstNameReading,
                      phones: f.phones, emails: f.emails, birthday: f.birthday, company: f.companyName,
                      postalCode: f.postalCode, street: f.street, country: f.country, texts: f.texts,
                      otherAddresses: f.otherAddresses.map { AddressInput(postalCode: $0.postalCode, street: $0.street, texts: $0.texts) })
    }
}

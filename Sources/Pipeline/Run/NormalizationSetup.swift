import CRMModel
import Normalization
import Rules

/// Builds the normalizers from the rules, and turns mapped fields into normalizer input.
struct NormalizationSetup: Sendable {
    let options: NormalizationOptions

    init(_ rules: NormalizationRules) {
        var names = NameNormalizationOptions()
        names.placeholderNames.formUnion(rules.extraPlaceholderNames.map { UnicodeFolding.nfkcCasefold($0) })
        var emails = EmailNormalizationOptions()
        emails.gmailIgnoreDots = rules.gmailIgnoreDots
        emails.plusTagDomains = Set(rules.plusTagDomains)
        emails.stripPlusTags = !rules.plusTagDomains.isEmpty
        emails.placeholderLocalParts.formUnion(rules.extraPlaceholderEmails.map { $0.lowercased() })
        options = NormalizationOptions(defaultCountry: rules.defaultCountry, names: names, emails: emails)
    }

    var emailNormalizer: EmailNormalizer { EmailNormalizer(options: options.emails) }

    static func input(_ f: CustomerFields) -> CustomerInput {
        CustomerInput(franchise: f.franchiseID, lastName: f.lastName, firstName: f.firstName,
                      lastNameReading: f.lastNameReading, firstNameReading: f.firstNameReading,
                      phones: f.phones, emails: f.emails, birthday: f.birthday, company: f.companyName,
                      postalCode: f.postalCode, street: f.street, texts: f.texts)
    }
}

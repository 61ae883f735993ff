/// The nested arrays of a customer that PUT edits by object id, and how each is written.
///
/// Phones and emails are kept twice, as the API shows them: `phones` (strings) and
/// `phone_objects` (`{id, number}`), the same content. Other nested arrays (`addresses`,
/// `events`, `socials`, `memberships`, `images`) hold objects only.
struct NestedKind: Sendable {
    /// The key a PUT body uses (`phones`).
    var bodyKey: String
    /// The key holding the objects in a stored customer (`phone_objects`, or `addresses` itself).
    var objectsKey: String
    /// For phones and emails: the key of the string list kept beside the objects, and the
    /// field of each object that holds the value (`number`, `email`).
    var stringsKey: String?
    var valueField: String?
    /// The flag that makes strings replace instead of append (`overwrite_phones`).
    var overwriteFlag: String { "overwrite_\(bodyKey)" }
    /// Images are added by `image_upload_url` and may not be changed, only destroyed.
    var isImages = false

    static let phones = NestedKind(bodyKey: "phones", objectsKey: "phone_objects", stringsKey: "phones", valueField: "number")
    static let emails = NestedKind(bodyKey: "emails", objectsKey: "email_objects", stringsKey: "emails", valueField: "email")
    static let images = NestedKind(bodyKey: "images", objectsKey: "images", isImages: true)

    static let all: [NestedKind] = [
        phones, emails, images,
        NestedKind(bodyKey: "addresses", objectsKey: "addresses"),
        NestedKind(bodyKey: "events", objectsKey: "events"),
        NestedKind(bodyKey: "socials", objectsKey: "socials"),
        NestedKind(bodyKey: "memberships", objectsKey: "memberships"),
    ]

    /// The kind a PUT body key names, if it names one.
    static func forBodyKey(_ key: String) -> NestedKind? {
        all.first { $0.bodyKey == key }
    }
}

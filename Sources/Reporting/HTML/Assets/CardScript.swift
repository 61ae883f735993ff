/// The cluster card's script parts, `cards.js` beside this file, shared by the HTML report and
/// the review page so that both show a cluster the same way: every field the merge sets (memo,
/// tags, addresses, events, consent flags), the result of the merge, the evidence.
///
/// A page's script is written as the body of one function (its own state and controls); the
/// card parts go first in that body so they see the page's names (see the head of `cards.js`).
public enum CardScript {
    static let parts = String(decoding: PackageResources.cards_js, as: UTF8.self)

    /// One self-contained script: `page` and the card parts in one strict-mode function scope.
    public static func assembled(page: String) -> String {
        "(function () {\n'use strict';\n" + parts + page + "})();\n"
    }
}

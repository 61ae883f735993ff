import HTTPTypes
import Hummingbird

/// Headers on every answer: nothing cached (the page holds customer data), no framing (no
/// clickjacking of the buttons), no Referer (the URL holds the token), no type sniffing.
enum SecurityHeaders {
    static var common: HTTPFields {
        var h = HTTPFields()
        h[.cacheControl] = "no-store"
        h[HTTPField.Name("X-Frame-Options")!] = "DENY"
        h[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        h[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        return h
    }
}

/// The review page's script and style, `review.js` and `review.css` beside this file, embedded
/// in the binary by SwiftPM. Plain ES2017, no libraries; data reaches the screen only through
/// `textContent` and DOM properties, never `innerHTML`.
enum ReviewAssets {
    static let js = String(decoding: PackageResources.review_js, as: UTF8.self)
    static let css = String(decoding: PackageResources.review_css, as: UTF8.self)
}

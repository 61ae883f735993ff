/// How the API key travels: header name and scheme.
///
/// The published API page does not name them (an assumed point of the contract): the default
/// is `Authorization: Bearer <key>`, and both parts are settings, shared by the client and the
/// sandbox so both sides agree.
public struct AuthenticationScheme: Sendable, Hashable {
    public var headerName: String
    /// `Bearer`, `Token`, ... or empty for the bare key.
    public var scheme: String

    public init(headerName: String = "Authorization", scheme: String = "Bearer") {
        self.headerName = headerName
        self.scheme = scheme
    }

    public static let standard = AuthenticationScheme()
}

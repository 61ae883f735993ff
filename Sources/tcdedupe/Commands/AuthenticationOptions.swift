import ArgumentParser
import CRMClient

/// `--auth-header` and `--auth-scheme`, shared by the client (`export`) and the sandbox so both
/// sides can be set to the same assumed form of the API's authentication.
struct AuthenticationOptions: ParsableArguments {
    @Option(help: "Header that carries the key.")
    var authHeader = "Authorization"

    @Option(help: "Scheme before the key in that header (empty: the bare key).")
    var authScheme = "Bearer"

    var scheme: AuthenticationScheme { AuthenticationScheme(headerName: authHeader, scheme: authScheme) }
}

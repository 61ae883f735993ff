import ArgumentParser
import CRMClient
import Pipeline

/// How to reach the CRM API: the options `export` and `apply` share.
struct APIOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Base URL of the CRM API (https://, or http:// to this machine only).", valueName: "url"))
    var apiURL: String

    @Option(help: ArgumentHelp("File holding the API key, readable only by you (chmod 600). Default: $TABLECHECK_API_KEY.", valueName: "path"))
    var apiKeyFile: String?

    @OptionGroup var authentication: AuthenticationOptions

    @Option(help: ArgumentHelp("Requests per second at most.", valueName: "n"))
    var rate: Double = 10

    @Option(help: ArgumentHelp(
        "Requests in flight at once at most (export: default 2; apply: clusters merged at once, default enough to reach --rate when answers take 400 ms).",
        valueName: "n"))
    var concurrency: Int?

    @Option(help: ArgumentHelp("Seconds before a request without an answer counts as failed.", valueName: "seconds"))
    var timeout: Double = 60

    @Option(help: .hidden)
    var retryBaseMs: Int = 200

    func validate() throws {
        if rate <= 0 { throw ValidationError("--rate must be more than 0") }
        if let concurrency, concurrency < 1 { throw ValidationError("--concurrency must be at least 1") }
        if timeout <= 0 { throw ValidationError("--timeout must be more than 0") }
    }

    var connection: APIConnection {
        APIConnection(apiURL: apiURL, apiKeyFile: apiKeyFile, authentication: authentication.scheme,
                      requestsPerSecond: rate, concurrency: concurrency ?? 2,
                      retry: RetryPolicy(baseDelay: .milliseconds(retryBaseMs)),
                      timeouts: Timeouts(requestMilliseconds: Int(timeout * 1000)))
    }
}

/// Customers are JSON: every module that reads a `Customer` reads its `JSONValue` too, so the
/// model re-exports the JSON module rather than have each of them import it.
@_exported import JSON

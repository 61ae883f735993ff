import CRMModel

/// How a merge PUT ended, as far as the client could tell.
public enum MergeSendResult: Sendable, Equatable {
    /// 2xx, with the customer the answer carried (the victor after the merge), or nil when the
    /// answer carried none: then the victor is fetched to verify.
    case accepted(Customer?)
    /// No clear answer (timeout, dropped connection, 5xx): it may or may not have happened.
    case outcomeUnknown(String)
    /// The CRM refused it (422 with its message, 404 victor, ...): it did not happen.
    case refused(String)
}

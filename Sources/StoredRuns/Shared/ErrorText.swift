/// The one-line wording of errors, shared by the command line and the review server.
public enum ErrorText {
    /// An error in one line (a multi-line description, such as a message and its hint on the
    /// next line, is joined with "; "), so that a failed command says one clear thing.
    public static func oneLine(_ error: Error) -> String {
        String(describing: error)
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingPrefix(while: \.isWhitespace) }
            .filter { !$0.isEmpty }
            .joined(separator: "; ")
    }
}

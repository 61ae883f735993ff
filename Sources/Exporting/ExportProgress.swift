import Support
import StoredRuns
/// How far an export has come, after each stored page.
public struct ExportProgress: Sendable {
    /// Customers received in the current scroll.
    public var received: Int
    /// `total_results` of the newest page.
    public var total: Int?
    /// Customers received in this run, and the seconds it has taken (for the rate).
    public var receivedThisRun: Int
    public var seconds: Double
    public var pages: Int

    /// Customers per second in this run.
    public var rate: Double { seconds > 0 ? Double(receivedThisRun) / seconds : 0 }

    /// Seconds left at the current rate, when it can be told.
    public var secondsLeft: Double? {
        guard let total, rate > 0 else { return nil }
        return Double(max(0, total - received)) / rate
    }

    /// `exporting ███████░░░░░░ 52% 1,040 of 2,000 customers, 812/s, ETA 0:01` for a terminal.
    public func bar(width: Int = 24) -> String {
        guard let total, total > 0 else { return "exporting: \(group(received)) customers, \(group(Int(rate)))/s" }
        let fraction = min(1, Double(received) / Double(total))
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        return "exporting \(bar) \(Int(fraction * 100))% \(group(received)) of \(group(total)) customers, \(group(Int(rate)))/s, ETA \(NumberText.clock(secondsLeft))"
    }

    /// `exporting: 1,040 of 2,000 customers (52%), 812/s, ETA 0:01` for a log.
    public var line: String {
        guard let total, total > 0 else { return "exporting: \(group(received)) customers, \(group(Int(rate)))/s" }
        let percent = Int(min(1, Double(received) / Double(total)) * 100)
        return "exporting: \(group(received)) of \(group(total)) customers (\(percent)%), \(group(Int(rate)))/s, ETA \(NumberText.clock(secondsLeft))"
    }
}

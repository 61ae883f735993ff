import Dispatch

/// Progress inside a long stage: the share of its items done, reported in steps of 10 %.
///
/// A stage line alone ("scoring 40,000,000 candidate pairs") says nothing for minutes on a
/// large base; with this the line moves on. Workers add their chunk when they finish it, so the
/// cost is one short lock per chunk; reports come from whichever worker crosses a step, one at
/// a time.
final class ChunkProgress: @unchecked Sendable {
    /// Stages with fewer items than this finish too quickly to need it.
    static let minimumItems = 200_000

    private let label: String
    private let total: Int
    private let report: @Sendable (String) -> Void
    private let lock = DispatchQueue(label: "tcdedupe.match.progress")
    private var done = 0
    private var reportedStep = 0

    /// Nil when there is nobody to tell or the stage is small.
    init?(_ label: String, total: Int, report: (@Sendable (String) -> Void)?) {
        guard let report, total >= Self.minimumItems else { return nil }
        self.label = label
        self.total = total
        self.report = report
    }

    func advance(by items: Int) {
        lock.sync {
            done += items
            let step = min(10, done * 10 / total)
            guard step > reportedStep else { return }
            reportedStep = step
            report("\(label): \(step * 10) %")
        }
    }
}

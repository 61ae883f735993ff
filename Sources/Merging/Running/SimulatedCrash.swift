/// What a ``CrashPoint`` with ``CrashPoint/Effect/throwError`` throws: `apply` stopped at
/// `step` as if the process had been killed there.
struct SimulatedCrash: Error, Sendable, CustomStringConvertible {
    let step: CrashPoint.Step

    var description: String { "apply stopped on purpose at step \(step.rawValue)" }
}

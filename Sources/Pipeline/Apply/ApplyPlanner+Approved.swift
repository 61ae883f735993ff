/// `apply --approved`: the clusters a reviewer approved.
extension ApplyPlanner {
    func approvedMerges() throws -> [PlannedMerge] {
        throw PipelineError("this build has no review decisions yet", hint: "use --auto or --auto-threshold")
    }
}

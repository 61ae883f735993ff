extension CLI {
    /// The exit codes the tool uses besides 0 (success), 1 (failed: one line on stderr) and
    /// 64 (bad usage, from ArgumentParser). README's "Exit codes" lists them all.
    enum ExitStatus {
        /// `apply`: some clusters failed to merge (the others are done; the summary lists them).
        static let applyFailures: Int32 = 2
        /// `apply`: nothing failed, but some merges were accepted and not complete yet (the CRM
        /// completes them asynchronously): `apply --verify` checks them again later.
        static let applyUnverified: Int32 = 4
        /// `import`: done, but some records were rejected (the rest are stored).
        static let importedWithRejects: Int32 = 3
        /// `export`: stopped with Ctrl-C (the pages stored so far are kept; `--resume` goes on).
        static let interrupted: Int32 = 130
    }
}

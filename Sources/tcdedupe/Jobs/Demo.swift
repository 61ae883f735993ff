import Pipeline
import Rules
import StoredRuns

/// `tcdedupe demo`: the whole workflow on a generated base, with every file in one folder.
struct Demo: Sendable {
    var folder: String
    var customers: Int
    var seed: UInt64
    var threads: Int

    init(folder: String, customers: Int, seed: UInt64, threads: Int) {
        self.folder = folder
        self.customers = customers
        self.seed = seed
        self.threads = threads
    }

    var databasePath: String { folder + "/tcdedupe.sqlite" }

    /// Runs every step; `say` receives the lines a person should read.
    func run(progress: (@Sendable (String) -> Void)?, say: (String) -> Void) throws {
        try TextFile.makeDirectory(folder)
        let data = folder + "/customers.jsonl", truth = folder + "/truth.csv"
        // A fresh store each time, so that the demo's figures are those of this base alone.
        for suffix in ["", "-wal", "-shm"] { TextFile.remove(databasePath + suffix) }

        say("1. generate  " + (try GenerateJob(customers: customers, seed: seed, outputPath: data, truthPath: truth).run()))
        let imported = try ImportJob(file: data, databasePath: databasePath, rejectsPath: nil).run(progress: progress)
        say("2. import    " + imported.text)
        let summary = try BatchRun(databasePath: databasePath, rules: RuleSet.builtIn(), threads: threads)
            .execute(progress: progress)
        say("3. run\n" + summary.text)
        let csv = folder + "/suggested-merges.csv", json = folder + "/suggested-merges.json"
        let auto = folder + "/auto-merges.json", html = folder + "/suggested-merges.html"
        try ReportJob(databasePath: databasePath, runID: nil, format: .csv, outputPath: csv, minimumConfidence: nil, autoMergeOnly: false).run()
        try ReportJob(databasePath: databasePath, runID: nil, format: .json, outputPath: json, minimumConfidence: nil, autoMergeOnly: false).run()
        try ReportJob(databasePath: databasePath, runID: nil, format: .json, outputPath: auto, minimumConfidence: nil, autoMergeOnly: true).run()
        try ReportJob(databasePath: databasePath, runID: nil, format: .html, outputPath: html, minimumConfidence: nil, autoMergeOnly: false).run()
        let evaluation = try EvaluationJob(databasePath: databasePath, runID: nil, truthPath: truth).run()
        say("4. evaluate against the generator's truth\n" + evaluation.text)
        say("""
        5. files in \(folder)/
           customers.jsonl, truth.csv    the generated base and who is who
           tcdedupe.sqlite               the store: customers, the run, its clusters and pairs
           suggested-merges.html         the report for people: open it in a browser
           suggested-merges.csv          one row per member of each suggested cluster
           suggested-merges.json         each cluster's victor, victims, PUT body and evidence
           auto-merges.json              only what `apply --auto` would merge
        next: tcdedupe review --db \(databasePath)     (approve or reject in the browser)
              tcdedupe sandbox --port 8080 --data \(data) --api-key demo   (then, in another terminal:)
              TABLECHECK_API_KEY=demo tcdedupe apply --db \(databasePath) --api-url http://127.0.0.1:8080/api/crm/v1 --auto --dry-run
        """)
    }
}

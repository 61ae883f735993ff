/// Cluster-level figures from the contingency table of (predicted cluster, true entity).
enum ClusterEvaluation {
    /// - Complexity: O(n log n) for n evaluated customers (one sort of packed keys).
    static func evaluate(clusters: [[String]], truth: GroundTruth, scope: Scope) throws(EvaluationError)
        -> ClusterMetrics
    {
        let n = truth.customerCount
        var clusterOf = [Int32](repeating: -1, count: n)
        var ignored = 0
        for (c, members) in clusters.enumerated() {
            for id in members {
                guard let i = scope.index(of: id, in: truth) else {
                    ignored += 1
                    continue
                }
                let current = clusterOf[i]
                if current == Int32(c) { continue }
                if current >= 0 {
                    throw EvaluationError(
                        code: .customerInTwoClusters,
                        message: "customer \(id) is in predicted clusters \(current) and \(c); clusters must not overlap")
                }
                clusterOf[i] = Int32(c)
            }
        }

        // Packed (cluster, entity) keys of evaluated customers; unclustered customers become
        // singleton clusters numbered after the given ones.
        var keys: [UInt64] = []
        keys.reserveCapacity(scope.evaluatedCount)
        var clusterSizes = [Int32](repeating: 0, count: clusters.count)
        var singletonCount = 0
        for i in 0..<n where scope.included[i] {
            var cluster = Int(clusterOf[i])
            if cluster < 0 {
                cluster = clusters.count + singletonCount
                singletonCount += 1
            } else {
                clusterSizes[cluster] += 1
            }
            keys.append(UInt64(cluster) << 32 | UInt64(UInt32(truth.entityOfCustomer[i])))
        }
        keys.sort()

        var predictedPairs = 0
        for size in clusterSizes { predictedPairs += Int(size) * (Int(size) - 1) / 2 }

        var truePositives = 0
        var precisionSum = 0.0
        var recallSum = 0.0
        var exact = 0
        var overmerged = 0
        var clustersOfEntity = [Int32](repeating: 0, count: truth.entityCount)
        var k = 0
        while k < keys.count {
            // One cluster: its cells are consecutive.
            let cluster = keys[k] >> 32
            var cellsInCluster = 0
            var firstCellCount = 0
            var firstCellEntity = 0
            var end = k
            while end < keys.count && keys[end] >> 32 == cluster {
                let key = keys[end]
                var cellEnd = end
                while cellEnd < keys.count && keys[cellEnd] == key { cellEnd += 1 }
                let count = cellEnd - end
                let entity = Int(key & 0xFFFF_FFFF)
                let clusterSize = Int(cluster) < clusters.count ? Int(clusterSizes[Int(cluster)]) : 1
                truePositives += count * (count - 1) / 2
                precisionSum += Double(count) * Double(count) / Double(clusterSize)
                recallSum += Double(count) * Double(count) / Double(scope.entitySizes[entity])
                clustersOfEntity[entity] += 1
                if cellsInCluster == 0 {
                    firstCellCount = count
                    firstCellEntity = entity
                }
                cellsInCluster += 1
                end = cellEnd
            }
            let size = Int(cluster) < clusters.count ? Int(clusterSizes[Int(cluster)]) : 1
            if size >= 2 {
                if cellsInCluster > 1 {
                    overmerged += 1
                } else if firstCellCount == Int(scope.entitySizes[firstCellEntity]) {
                    exact += 1
                }
            }
            k = end
        }
        var split = 0
        for (entity, size) in scope.entitySizes.enumerated() where size > 1 && clustersOfEntity[entity] > 1 {
            split += 1
        }
        let evaluated = Double(max(1, scope.evaluatedCount))
        return ClusterMetrics(
            predictedClusters: clusterSizes.lazy.filter { $0 >= 2 }.count,
            exactClusters: exact,
            overmergedClusters: overmerged,
            splitEntities: split,
            pairwise: PairwiseMetrics(threshold: 0, predictedPairs: predictedPairs, truePositives: truePositives,
                                      truePairs: scope.truePairs),
            bcubedPrecision: scope.evaluatedCount == 0 ? 1 : precisionSum / evaluated,
            bcubedRecall: scope.evaluatedCount == 0 ? 1 : recallSum / evaluated,
            ignoredMembers: ignored)
    }
}

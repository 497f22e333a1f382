package dev.abkit.bench;

/**
 * One benchmark configuration: how many paras are scheduled, the two asynchronous-backing parameters, the siblings
 * seconded per chain position, the seed of the candidate hashes and how many relay blocks a run lasts.
 *
 * @param name the row label
 * @param paras scheduled paras, each with a fragment chain per retained relay parent
 * @param depth max_candidate_depth: chains are kept at depth + 1 candidates
 * @param ancestry allowed_ancestry_len
 * @param forks candidates seconded per chain position, of which the lowest hash is backed
 * @param seed seed of the candidate hashes, so that every run sees the same workload
 * @param measuredBlocks relay blocks measured per run, after {@link #settleBlocks()} unmeasured ones
 */
record BenchSize(String name, int paras, int depth, int ancestry, int forks, long seed, int measuredBlocks) {
    BenchSize {
        if (paras < 1 || depth < 1 || forks < 1 || measuredBlocks < 1 || ancestry < 0) {
            throw new IllegalArgumentException("expected at least one para, depth 1, one fork and one measured block"
                    + " but was " + paras + ", " + depth + ", " + forks + ", " + measuredBlocks);
        }
    }

    /**
     * Candidates that leave each chain per relay block (made pending availability, then included): enough that a
     * candidate seconded on a leaf becomes pending before its relay parent leaves the scope, that is
     * ceil((depth + 1) / (ancestry + 2)); more than one is elastic scaling.
     */
    int perBlock() {
        return (depth + 1 + ancestry + 1) / (ancestry + 2);
    }

    /** Blocks until the chains are full and the first candidates have gone through availability. */
    int settleBlocks() {
        return (depth + perBlock()) / perBlock() + ancestry + 2;
    }

    /** Candidates one chain holds at its target: the best chain, plus the siblings seconded per position. */
    int candidatesPerChain() {
        return (depth + 1) * forks;
    }

    BenchSize withMeasuredBlocks(int blocks) {
        return new BenchSize(name, paras, depth, ancestry, forks, seed, blocks);
    }
}

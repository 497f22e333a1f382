package dev.abkit.bench;

import dev.abkit.model.CandidateHash;
import dev.abkit.model.Checks;
import dev.abkit.model.Hash32;
import dev.abkit.model.HeadData;
import dev.abkit.model.Outcome;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.reference.constraints.CandidateCommitments;
import dev.abkit.reference.constraints.Constraints;
import dev.abkit.reference.constraints.PersistedValidationData;
import dev.abkit.reference.constraints.ValidationCodeHash;
import dev.abkit.reference.prospective.AsyncBackingParams;
import dev.abkit.reference.prospective.BackableCandidate;
import dev.abkit.reference.prospective.BackingState;
import dev.abkit.reference.prospective.Candidate;
import dev.abkit.reference.prospective.ChainView;
import dev.abkit.reference.prospective.HypotheticalCandidate;
import dev.abkit.reference.prospective.PendingCandidate;
import dev.abkit.reference.prospective.ProspectiveEvent;
import dev.abkit.reference.prospective.ProspectiveParachains;
import dev.abkit.reference.prospective.RelayBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * One run of the prospective-parachains model over a linear relay chain, as a validator sees it. At every new leaf
 * the runtime includes the candidates that were pending availability and reports as pending those the block author
 * picked with a backable query at the previous leaf; the previous leaf is then deactivated. Collators fill every
 * para's chain back to max_candidate_depth + 1 with candidates on the new leaf, {@code forks} siblings per position,
 * each asked about (hypothetical membership) and seconded; the lowest hash of each position is then backed. Every
 * operation on the model is timed on its own and its rule evaluations counted; the workload checks as it goes that
 * introductions are accepted, that chains are full and that the author gets as many candidates as it asks for.
 */
final class ProspectiveWorkload {
    /** The operation classes timed separately. */
    enum Op {
        SECONDING("seconding"),
        BACKING("backing"),
        BACKABLE("backable query"),
        MEMBERSHIP("membership query"),
        ACTIVATION("leaf activation"),
        DEACTIVATION("leaf deactivation");

        final String label;

        Op(String label) {
            this.label = label;
        }
    }

    /** What one run measured: time and count per operation class, and what the chains held. */
    record Result(long[] nanos, long[] counts, long[] checks, long leaves, long paraActivations, long carriedCandidates,
            long backableReturned, long chainSamples, long bestChainSum, int bestChainMin, long unconnectedSum,
            int retainedRelayParents) {

        double micros(Op op) {
            return counts[op.ordinal()] == 0 ? 0 : nanos[op.ordinal()] / 1000.0 / counts[op.ordinal()];
        }

        /** Rule evaluations per operation: the model's work, independent of the machine and its load. */
        double checks(Op op) {
            return counts[op.ordinal()] == 0 ? 0 : (double) checks[op.ordinal()] / counts[op.ordinal()];
        }

        long count(Op op) {
            return counts[op.ordinal()];
        }

        double backableMicrosPerCandidate() {
            return backableReturned == 0 ? 0 : nanos[Op.BACKABLE.ordinal()] / 1000.0 / backableReturned;
        }

        double backableChecksPerCandidate() {
            return backableReturned == 0 ? 0 : (double) checks[Op.BACKABLE.ordinal()] / backableReturned;
        }

        double activationChecksPerLeaf() {
            return (double) checks[Op.ACTIVATION.ordinal()] / leaves;
        }

        double activationChecksPerPara() {
            return (double) checks[Op.ACTIVATION.ordinal()] / paraActivations;
        }

        double activationChecksPerCandidate() {
            return carriedCandidates == 0 ? 0 : (double) checks[Op.ACTIVATION.ordinal()] / carriedCandidates;
        }

        double activationMicrosPerLeaf() {
            return nanos[Op.ACTIVATION.ordinal()] / 1000.0 / leaves;
        }

        double activationMicrosPerPara() {
            return nanos[Op.ACTIVATION.ordinal()] / 1000.0 / paraActivations;
        }

        double activationMicrosPerCandidate() {
            return carriedCandidates == 0 ? 0 : nanos[Op.ACTIVATION.ordinal()] / 1000.0 / carriedCandidates;
        }
    }

    private static final ValidationCodeHash CODE = ValidationCodeHash.ofLabel("bench-code");
    private static final long POV = Constraints.DEFAULT_LIMIT;

    /** The state of one para as the runtime and its collators know it. */
    private static final class Para {
        final ParaId id;
        HeadData included;
        List<Candidate> pending = List.of();
        List<Candidate> picked = List.of();
        final Map<CandidateHash, Candidate> candidates = new HashMap<>();
        long produced;

        Para(ParaId id) {
            this.id = id;
            this.included = HeadData.ofLabel("genesis/" + id.value());
        }
    }

    private final BenchSize size;
    private final ProspectiveParachains model;
    private final SplittableRandom random;
    private final List<Para> paras = new ArrayList<>();
    private final List<RelayBlock> relayChain = new ArrayList<>();
    private final HexFormat hex = HexFormat.of();
    private final long[] nanos = new long[Op.values().length];
    private final long[] counts = new long[Op.values().length];
    private final long[] checks = new long[Op.values().length];
    private long evaluations;
    private long evaluationsAtStart;
    private long leaves;
    private long paraActivations;
    private long carriedCandidates;
    private long backableReturned;
    private long chainSamples;
    private long bestChainSum;
    private int bestChainMin = Integer.MAX_VALUE;
    private long unconnectedSum;
    private ProspectiveEvent lastActivation;

    ProspectiveWorkload(BenchSize size) {
        this.size = size;
        this.model = new ProspectiveParachains(new AsyncBackingParams(size.depth(), size.ancestry()),
                new Checks((rule, held) -> evaluations++));
        this.random = new SplittableRandom(size.seed());
        for (int i = 0; i < size.paras(); i++) {
            paras.add(new Para(ParaId.of(2000 + i)));
        }
        relayChain.add(RelayBlock.ofLabel("relay/0", 0, "relay/genesis-parent", 0));
    }

    /** Runs the settling blocks unmeasured, then the measured ones, and returns what was measured. */
    Result run() {
        for (int i = 0; i < size.settleBlocks(); i++) {
            step(false);
        }
        for (int i = 0; i < size.measuredBlocks(); i++) {
            step(true);
        }
        if (bestChainMin != size.depth() + 1) {
            throw new IllegalStateException(size.name() + ": a best chain held " + bestChainMin
                    + " candidates after backing, expected max_candidate_depth + 1 = " + (size.depth() + 1));
        }
        return new Result(nanos.clone(), counts.clone(), checks.clone(), leaves, paraActivations, carriedCandidates,
                backableReturned, chainSamples, bestChainSum, bestChainMin, unconnectedSum,
                model.retainedRelayParents().size());
    }

    /** Runs the blocks that fill the chains, unmeasured: the state the benchmarks start from. */
    ProspectiveWorkload settle() {
        for (int i = 0; i < size.settleBlocks(); i++) {
            step(false);
        }
        return this;
    }

    /** One more relay block, unmeasured: activation, deactivation, every para's seconding, backing and pick. */
    void nextBlock() {
        step(false);
    }

    /**
     * The last leaf activated again: upstream rebuilds an active leaf's chains as for a new leaf (AB-LEAF-005), so this
     * costs what the activation of a new leaf with the same chains costs, and leaves the state as it was.
     */
    Outcome reactivateLeaf() {
        return model.apply(lastActivation);
    }

    /** The block author's backable query for para {@code index} at the current leaf. */
    List<BackableCandidate> backableQuery(int index) {
        Para para = paras.get(index % paras.size());
        Set<CandidateHash> pendingHashes = new HashSet<>();
        para.pending.forEach(c -> pendingHashes.add(c.hash()));
        return model.backableCandidates(leaf().hash(), para.id, size.perBlock(), pendingHashes);
    }

    /**
     * A candidate of para {@code index} not introduced: a fork of the last position of its full best chain at the
     * current leaf, on the same parent (a potential member, like the forks a backing group asks about).
     */
    Candidate nextCandidate(int index) {
        Para para = paras.get(index % paras.size());
        List<CandidateHash> best = model.chain(leaf().hash(), para.id).orElseThrow().bestChain();
        HeadData parent = best.size() < 2 ? para.included
                : para.candidates.get(best.get(best.size() - 2)).outputHead();
        return newCandidate(para, parent, leaf());
    }

    /** The hypothetical-membership query a backing group asks before seconding {@code candidate}. */
    List<dev.abkit.model.RelayHash> membershipQuery(Candidate candidate) {
        return model.hypotheticalMembership(new HypotheticalCandidate.Complete(candidate));
    }

    /** The constraints {@code candidate} meets at the current leaf, its parent head the required parent. */
    Constraints constraintsOf(Candidate candidate) {
        long number = leaf().number().value();
        return Constraints.permissive(candidate.validationData().parentHead(), CODE,
                RelayBlockNumber.of(Math.max(0, number - size.ancestry())));
    }

    /** The current leaf. */
    RelayBlock leaf() {
        return relayChain.get(relayChain.size() - 1);
    }

    /** Rule evaluations per operation class over {@code blocks} blocks after settling: the model's work. */
    static Result countChecks(BenchSize size) {
        return new ProspectiveWorkload(size).run();
    }

    private void step(boolean measured) {
        long number = relayChain.size();
        RelayBlock previous = relayChain.get(relayChain.size() - 1);
        RelayBlock leaf = RelayBlock.ofLabel("relay/" + number, number, "relay/" + (number - 1), 0);
        relayChain.add(leaf);
        activate(leaf, measured);
        if (number > 1) {
            ProspectiveEvent deactivate = new ProspectiveEvent.DeactivateLeaf(previous.hash());
            long start = start();
            model.apply(deactivate);
            record(Op.DEACTIVATION, start, measured);
        }
        for (Para para : paras) {
            fill(para, leaf, measured);
        }
        for (Para para : paras) {
            pick(para, leaf, measured);
        }
    }

    /** The runtime's view at the new leaf, then the activation itself. */
    private void activate(RelayBlock leaf, boolean measured) {
        long number = leaf.number().value();
        RelayBlockNumber minRelayParent = RelayBlockNumber.of(Math.max(0, number - size.ancestry()));
        TreeMap<ParaId, BackingState> states = new TreeMap<>();
        for (Para para : paras) {
            if (!para.pending.isEmpty()) {
                para.included = para.pending.get(para.pending.size() - 1).outputHead();
                para.pending.forEach(c -> para.candidates.remove(c.hash()));
            }
            para.pending = para.picked;
            para.picked = List.of();
            List<PendingCandidate> pending = new ArrayList<>();
            for (Candidate candidate : para.pending) {
                long relayParent = candidate.validationData().relayParentNumber().value();
                pending.add(new PendingCandidate(candidate.hash(), relayChain.get((int) relayParent).info(),
                        candidate.commitments(), CODE, POV));
            }
            states.put(para.id, new BackingState(Constraints.permissive(para.included, CODE, minRelayParent),
                    pending));
        }
        List<RelayBlock> ancestors = new ArrayList<>();
        for (long n = number - 1; n >= 0 && ancestors.size() < size.ancestry(); n--) {
            ancestors.add(relayChain.get((int) n));
        }
        ProspectiveEvent event = new ProspectiveEvent.ActivateLeaf(leaf, ancestors, states);
        lastActivation = event;
        long start = start();
        model.apply(event);
        record(Op.ACTIVATION, start, measured);
        if (measured) {
            leaves++;
            paraActivations += paras.size();
        }
    }

    /**
     * Collators fill the chain back to max_candidate_depth + 1 on the new leaf. Every candidate of the block is asked
     * about and seconded first, as parallel backing groups would, then the lowest hash of each position is backed in
     * chain order, so a backing finds the block's later candidates still seconded in the chain's storage.
     */
    private void fill(Para para, RelayBlock leaf, boolean measured) {
        ChainView before = model.chain(leaf.hash(), para.id).orElseThrow();
        if (measured) {
            carriedCandidates += before.bestChain().size() + before.unconnected().size();
        }
        List<CandidateHash> best = before.bestChain();
        HeadData tip = best.isEmpty() ? para.included : para.candidates.get(best.get(best.size() - 1)).outputHead();
        List<Candidate> winners = new ArrayList<>();
        for (int position = best.size(); position <= size.depth(); position++) {
            Candidate lowest = null;
            for (int fork = 0; fork < size.forks(); fork++) {
                Candidate candidate = newCandidate(para, tip, leaf);
                HypotheticalCandidate hypothetical = new HypotheticalCandidate.Complete(candidate);
                long start = start();
                int members = model.hypotheticalMembership(hypothetical).size();
                record(Op.MEMBERSHIP, start, measured);
                ProspectiveEvent introduce = new ProspectiveEvent.IntroduceSeconded(candidate);
                start = start();
                Outcome outcome = model.apply(introduce);
                record(Op.SECONDING, start, measured);
                if (members != 1 || !outcome.isAccepted()) {
                    throw new IllegalStateException(size.name() + ": candidate of " + para.id + " at position "
                            + position + " not admitted (members " + members + ", " + outcome + ")");
                }
                if (lowest == null || candidate.hash().isLowerThan(lowest.hash())) {
                    lowest = candidate;
                }
            }
            winners.add(lowest);
            tip = lowest.outputHead();
        }
        for (Candidate winner : winners) {
            ProspectiveEvent backed = new ProspectiveEvent.CandidateBacked(para.id, winner.hash());
            long start = start();
            model.apply(backed);
            record(Op.BACKING, start, measured);
            para.candidates.put(winner.hash(), winner);
        }
        ChainView after = model.chain(leaf.hash(), para.id).orElseThrow();
        para.candidates.keySet().retainAll(new HashSet<>(after.bestChain()));
        if (measured) {
            chainSamples++;
            bestChainSum += after.bestChain().size();
            bestChainMin = Math.min(bestChainMin, after.bestChain().size());
            unconnectedSum += after.unconnected().size();
        }
    }

    /** The block author at this leaf asks for the next candidates after those pending availability. */
    private void pick(Para para, RelayBlock leaf, boolean measured) {
        Set<CandidateHash> pendingHashes = new HashSet<>();
        para.pending.forEach(c -> pendingHashes.add(c.hash()));
        long start = start();
        List<BackableCandidate> backable = model.backableCandidates(leaf.hash(), para.id, size.perBlock(),
                pendingHashes);
        record(Op.BACKABLE, start, measured);
        if (measured) {
            backableReturned += backable.size();
        }
        if (measured && backable.size() != size.perBlock()) {
            throw new IllegalStateException(size.name() + ": the author got " + backable.size() + " candidates of "
                    + para.id + " but asked for " + size.perBlock());
        }
        List<Candidate> picked = new ArrayList<>();
        for (BackableCandidate b : backable) {
            picked.add(para.candidates.get(b.candidate()));
        }
        para.picked = picked;
    }

    private Candidate newCandidate(Para para, HeadData parent, RelayBlock relayParent) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        CandidateHash hash = new CandidateHash(new Hash32("0x" + hex.formatHex(bytes)));
        HeadData output = HeadData.ofLabel("head/" + para.id.value() + "/" + para.produced++);
        return new Candidate(hash, para.id, relayParent.hash(),
                PersistedValidationData.of(parent, relayParent.info(), POV),
                CandidateCommitments.producing(output, relayParent.number()), CODE);
    }

    private long start() {
        evaluationsAtStart = evaluations;
        return System.nanoTime();
    }

    private void record(Op op, long start, boolean measured) {
        long elapsed = System.nanoTime() - start;
        if (measured) {
            nanos[op.ordinal()] += elapsed;
            counts[op.ordinal()]++;
            checks[op.ordinal()] += evaluations - evaluationsAtStart;
        }
    }
}

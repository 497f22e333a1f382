package dev.abkit.fuzz;

import static dev.abkit.reference.prospective.ProspectiveRules.AB_ADMIT_010;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_CHAIN_001;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_CHAIN_004;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_SCOPE_001;
import static dev.abkit.reference.prospective.ProspectiveRules.AB_SCOPE_006;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Variant;
import dev.abkit.encoding.Receipts;
import dev.abkit.encoding.ValidationDataEncoding;
import dev.abkit.model.CandidateHash;
import dev.abkit.model.EncodedReceipt;
import dev.abkit.model.Hash32;
import dev.abkit.model.HeadData;
import dev.abkit.model.Outcome;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RelayHash;
import dev.abkit.reference.constraints.CandidateCommitments;
import dev.abkit.reference.constraints.Constraints;
import dev.abkit.reference.constraints.FutureCode;
import dev.abkit.reference.constraints.HrmpChannelLimits;
import dev.abkit.reference.constraints.OutboundHrmpMessage;
import dev.abkit.reference.constraints.PersistedValidationData;
import dev.abkit.reference.constraints.ValidationCodeHash;
import dev.abkit.reference.prospective.AsyncBackingParams;
import dev.abkit.reference.prospective.BackingState;
import dev.abkit.reference.prospective.Candidate;
import dev.abkit.reference.prospective.ChainView;
import dev.abkit.reference.prospective.ClaimQueue;
import dev.abkit.reference.prospective.HypotheticalCandidate;
import dev.abkit.reference.prospective.PendingCandidate;
import dev.abkit.reference.prospective.ProspectiveEvent;
import dev.abkit.reference.prospective.RelayBlock;
import dev.abkit.reference.prospective.ValidationDataRequest;
import dev.abkit.spi.ProspectiveParachainsSubject;
import dev.abkit.vectors.subjects.ProspectiveDriver;
import dev.abkit.vectors.subjects.ProspectiveDriver.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Relay chains as trees and candidate streams for prospective parachains. Parameters zero/zero, production (3, 2)
 * and others; leaves extend the newest leaf or fork off older blocks, sometimes across a session boundary, with
 * ancestries shorter than, equal to or longer than allowed_ancestry_len, and minimum relay-parent numbers around the
 * edge of the ancestry; leaves are deactivated and re-activated. A leaf's backing state moves the best chain of its
 * parent block into pending availability and includes a prefix of it; some runtimes report a pending candidate that
 * outputs the head it builds on. Candidates extend the best chain, fork it with
 * lower or higher hashes, close cycles, build on unknown heads, come twice, are backed out of order, and use relay
 * parents at and beyond the edge of the scope. The fragment chain of every active leaf is checked after every event,
 * with the node's queries along the way.
 *
 * <p>For an implementation whose profile has claim-queue, most cases also state a claim queue (PR 7254): one to three
 * cores, a scheduling lookahead of 1 to 4, the para claiming a core at every depth, at some depths or not at all, so
 * that its claim slots and its distinct cores differ; the relay tree, the relay parents and the queries then follow
 * the lookahead. The generator's reference runs under the implementation's profile, so the chains it extends are the
 * ones that profile builds.
 */
public final class ProspectiveFuzz
        extends FuzzSubject<AsyncBackingParams, ProspectiveEvent, Query, ProspectiveParachainsSubject> {
    static final ParaId PARA = ParaId.of(100);
    static final ParaId OTHER = ParaId.of(200);
    static final ParaId UNSCHEDULED = ParaId.of(300);
    static final ValidationCodeHash CODE = ValidationCodeHash.ofLabel("code");
    static final ValidationCodeHash NEW_CODE = ValidationCodeHash.ofLabel("new code");
    static final long POV = Constraints.DEFAULT_LIMIT;
    /** One candidate in this many (by ordinal) carries a committed receipt, half of them committing wrongly. */
    static final long RECEIPT_EVERY = 16;

    /** The profile of the implementation fuzzed: its reference guides the generator and is recorded. */
    private final Profile profile;
    /** Whether cases state a claim queue (the profile reads one). */
    private final boolean drawsClaimQueue;
    /** Whether candidates may name a scheduling parent of their own (the profile reads one, PR 11772). */
    private final boolean drawsSchedulingParent;

    public ProspectiveFuzz() {
        this(Profile.BASELINE);
    }

    private ProspectiveFuzz(Profile profile) {
        super(new ProspectiveDriver(), "fuzz-prospective", 5, AB_ADMIT_010);
        this.profile = profile;
        this.drawsClaimQueue = profile.has(Variant.CLAIM_QUEUE);
        this.drawsSchedulingParent = profile.has(Variant.SCHEDULING_PARENT);
    }

    @Override
    public ProspectiveFuzz forProfile(Profile other) {
        return other.equals(profile) ? this : new ProspectiveFuzz(other);
    }

    @Override
    public FuzzCase<AsyncBackingParams, ProspectiveEvent, Query> generate(long seed) {
        return generateRecorded(seed).c();
    }

    @Override
    Generated<AsyncBackingParams, ProspectiveEvent, Query, ProspectiveParachainsSubject> generateRecorded(long seed) {
        Generation g = new Generation(new Dice(seed), seed);
        return new Generated<>(g.run(), g.ran);
    }

    /** The state of one generation: the relay tree, the runtime's view per block, the candidates made so far. */
    private final class Generation {
        final Dice d;
        final long seed;
        final AsyncBackingParams params;
        final ReferenceRun<AsyncBackingParams, ProspectiveEvent, Query, ProspectiveParachainsSubject> ran;
        final ProspectiveParachainsSubject model;
        final List<FuzzStep<ProspectiveEvent, Query>> steps = new ArrayList<>();
        final List<RelayBlock> blocks = new ArrayList<>();
        final Map<RelayHash, RelayBlock> byHash = new HashMap<>();
        final Map<RelayHash, ParaState> states = new HashMap<>();
        final Map<RelayHash, ProspectiveEvent.ActivateLeaf> activations = new HashMap<>();
        final LinkedHashSet<RelayHash> active = new LinkedHashSet<>();
        final Set<RelayHash> deactivated = new LinkedHashSet<>();
        final Map<CandidateHash, Candidate> candidates = new LinkedHashMap<>();
        final Map<CandidateHash, Long> ordinals = new HashMap<>();
        final Set<CandidateHash> backed = new HashSet<>();
        /** Tight message budgets, a downward queue, watermarks and an upgrade, carried along the chains. */
        final boolean messaging;
        int heads;

        Generation(Dice d, long seed) {
            this.d = d;
            this.seed = seed;
            this.params = (switch (d.weighted(2, 4, 2, 1, 1, 1)) {
                case 0 -> AsyncBackingParams.SYNCHRONOUS;
                case 1 -> AsyncBackingParams.PRODUCTION;
                case 2 -> new AsyncBackingParams(1, 1);
                case 3 -> new AsyncBackingParams(2, 3);
                case 4 -> new AsyncBackingParams(0, 2);
                default -> new AsyncBackingParams(d.between(3, 6), d.between(3, 5));
            }).withClaimQueue(drawsClaimQueue ? claimQueue() : ClaimQueue.NOT_STATED);
            this.ran = new ReferenceRun<>(driver(), params, profile);
            this.model = ran.model();
            this.messaging = d.chance(0.5);
        }

        /**
         * A claim queue of one to three cores and a scheduling lookahead of 1 to 4 (upstream's default is 3). Each
         * core is claimed by the para at every depth, by the other para, by either at random depths, or by the para
         * first and the other after it, so that the para's claim slots and its distinct cores differ (AB-CHAIN-001) and
         * it sometimes holds none; one case in eight states no queue, which the node reads as d and a.
         */
        ClaimQueue claimQueue() {
            if (d.chance(0.125)) {
                return ClaimQueue.NOT_STATED;
            }
            int lookahead = 1 + d.weighted(2, 3, 4, 1);
            List<List<ParaId>> cores = new ArrayList<>();
            for (int core = d.weighted(4, 3, 1); core >= 0; core--) {
                int shape = d.weighted(4, 2, 2, 1);
                List<ParaId> claims = new ArrayList<>();
                for (int depth = d.between(1, lookahead) - 1; depth >= 0; depth--) {
                    claims.add(switch (shape) {
                        case 0 -> PARA;
                        case 1 -> OTHER;
                        case 2 -> d.chance(0.5) ? PARA : OTHER;
                        default -> claims.isEmpty() ? PARA : OTHER;
                    });
                }
                cores.add(claims);
            }
            return new ClaimQueue(cores, lookahead);
        }

        /**
         * The relay parents a leaf's scope may reach back: scheduling_lookahead - 1 where a claim queue is stated
         * (the reference reads one only where the profile has claim-queue), allowed_ancestry_len otherwise.
         */
        int ancestry() {
            ClaimQueue queue = params.claimQueue();
            return queue.isStated() ? queue.schedulingLookahead() - 1 : params.allowedAncestryLen();
        }

        /** The most candidates a backable-candidates query asks for that the chain may hold, before a margin. */
        int depth() {
            ClaimQueue queue = params.claimQueue();
            return queue.isStated() ? queue.coresOf(PARA) : params.maxCandidateDepth();
        }

        /**
         * The para's base constraints at a leaf: permissive, or in a messaging case tight upward, horizontal and
         * downward budgets, valid watermarks and sometimes a scheduled upgrade, which chain candidates use up along
         * the chain (AB-ADMIT-006).
         */
        Constraints baseAt(RelayBlock leaf, HeadData included, long min) {
            Constraints c = Constraints.permissive(included, CODE, RelayBlockNumber.of(min));
            if (!messaging) {
                return c;
            }
            long n = leaf.number().value();
            TreeSet<RelayBlockNumber> watermarks = new TreeSet<>();
            for (long w = Math.max(0, n - 3); w < n; w += d.between(1, 2)) {
                watermarks.add(RelayBlockNumber.of(w));
            }
            c = c.withUmp(d.between(1, 3), d.between(4, 16), 2)
                    .withHrmpChannels(Map.of(OTHER, new HrmpChannelLimits(d.between(4, 12), d.between(1, 3))),
                            d.between(1, 2))
                    .withValidWatermarks(List.copyOf(watermarks));
            if (d.chance(0.5)) {
                TreeSet<RelayBlockNumber> queue = new TreeSet<>();
                for (int i = d.between(1, 3); i > 0; i--) {
                    queue.add(RelayBlockNumber.of(Math.max(0, n - d.between(-1, 4))));
                }
                c = c.withDmpRemainingMessages(List.copyOf(queue));
            }
            if (d.chance(0.35)) {
                c = c.withFutureValidationCode(new FutureCode.Scheduled(RelayBlockNumber.of(Math.max(0,
                        n - d.between(0, 2))), NEW_CODE));
            }
            return c;
        }

        /** What a candidate of a messaging case sends, processes and sets as its watermark. */
        CandidateCommitments traffic(CandidateCommitments plain, RelayBlock relayParent) {
            if (!messaging) {
                return plain;
            }
            List<Long> upward = new ArrayList<>();
            for (int i = d.weighted(1, 2, 2); i > 0; i--) {
                upward.add((long) d.between(1, 8));
            }
            if (d.chance(0.2)) {
                upward.add(0L);
                upward.add(3L);
            }
            CandidateCommitments c = plain.withUpwardMessages(upward)
                    .withProcessedDownwardMessages(d.weighted(3, 2, 1));
            if (d.chance(0.7)) {
                c = c.withHorizontalMessages(List.of(new OutboundHrmpMessage(OTHER, d.between(2, 8))));
            }
            if (d.chance(0.3)) {
                c = c.withHrmpWatermark(RelayBlockNumber.of(Math.max(0, relayParent.number().value()
                        - d.between(1, 3))));
            }
            return c;
        }

        FuzzCase<AsyncBackingParams, ProspectiveEvent, Query> run() {
            int a = ancestry();
            long number = d.between(1, 5);
            RelayBlock previous = null;
            for (int i = 0; i < a + 3; i++) {
                RelayBlock block = new RelayBlock(RelayHash.ofLabel("r" + blocks.size()), RelayBlockNumber.of(number),
                        previous == null ? RelayHash.ofLabel("root") : previous.hash(), 0,
                        Hash32.ofLabel("state:r" + blocks.size()));
                add(block);
                previous = block;
                number++;
            }
            states.put(previous.hash(), new ParaState(HeadData.ofLabel("included"), List.of()));
            activate(previous, true);
            int events = d.between(6, 40);
            for (int i = 0; i < events; i++) {
                switch (d.weighted(3, 1, 2, 9, 6, 1, messaging ? 8 : 3)) {
                    case 0 -> activate(child(), false);
                    case 1 -> reactivate();
                    case 2 -> deactivate();
                    case 3 -> introduce(newCandidate());
                    case 4 -> back();
                    case 5 -> duplicate();
                    default -> extendChain();
                }
            }
            return new FuzzCase<>(generatorName(), generatorVersion(), seed, params, steps);
        }

        void add(RelayBlock block) {
            blocks.add(block);
            byHash.put(block.hash(), block);
        }

        RelayBlock newestLeaf() {
            RelayHash last = null;
            for (RelayHash h : active) {
                last = h;
            }
            return last == null ? blocks.get(blocks.size() - 1) : byHash.get(last);
        }

        RelayBlock child() {
            RelayBlock parent = d.weighted(6, 2) == 0 ? newestLeaf() : d.pick(blocks);
            // Sometimes the node sees a leaf a few blocks further on, as after a short stall (AB-LEAF-004).
            for (int skipped = d.chance(0.15) ? d.between(1, 3) : 0; skipped >= 0; skipped--) {
                long session = parent.session() + (d.chance(0.1) ? 1 : 0);
                int id = blocks.size();
                RelayBlock block = new RelayBlock(RelayHash.ofLabel("r" + id), parent.number().plus(1),
                        parent.hash(), session, Hash32.ofLabel("state:r" + id));
                add(block);
                parent = block;
            }
            return parent;
        }

        List<RelayBlock> path(RelayBlock leaf, int count) {
            List<RelayBlock> result = new ArrayList<>();
            RelayBlock current = byHash.get(leaf.parent());
            while (current != null && result.size() < count) {
                result.add(current);
                current = byHash.get(current.parent());
            }
            return result;
        }

        void activate(RelayBlock leaf, boolean first) {
            int a = ancestry();
            int supplied = switch (d.weighted(4, 3, 1, 1)) {
                case 0 -> a;
                case 1 -> a + d.between(1, 2);
                case 2 -> d.between(0, a);
                default -> 0;
            };
            ParaState state = first ? states.get(leaf.hash()) : nextState(byHash.get(leaf.parent()));
            states.put(leaf.hash(), state);
            long base = Math.max(0, leaf.number().value() - a);
            long min = Math.max(0, switch (d.weighted(6, 1, 1, 1)) {
                case 0 -> base;
                case 1 -> base + 1;
                case 2 -> base - 1;
                default -> leaf.number().value();
            });
            TreeMap<ParaId, BackingState> paras = new TreeMap<>();
            paras.put(PARA, new BackingState(baseAt(leaf, state.included(), min), state.pending()));
            if (d.chance(0.2)) {
                paras.put(OTHER, BackingState.of(Constraints.permissive(HeadData.ofLabel("other"), CODE,
                        RelayBlockNumber.of(base))));
            }
            ProspectiveEvent.ActivateLeaf activation = new ProspectiveEvent.ActivateLeaf(leaf, path(leaf, supplied),
                    paras);
            activations.put(leaf.hash(), activation);
            if (!first && !active.isEmpty() && d.chance(0.15)) {
                // One update that activates the new leaf and deactivates another (AB-LEAF-006).
                RelayHash gone = d.pick(new ArrayList<>(active));
                apply(new ProspectiveEvent.UpdateLeaves(List.of(activation), List.of(gone)));
                active.remove(gone);
                deactivated.add(gone);
            } else {
                apply(activation);
            }
            active.add(leaf.hash());
            deactivated.remove(leaf.hash());
            look(new ProspectiveDriver.FragmentChain(leaf.hash(), PARA));
            if (d.chance(0.3)) {
                look(new ProspectiveDriver.MinimumRelayParents(leaf.hash()));
            }
        }

        /** The runtime at a child of {@code parent}: part of the parent's best chain backed, a prefix included. */
        ParaState nextState(RelayBlock parent) {
            ParaState before = parent == null ? null : states.get(parent.hash());
            if (before == null) {
                before = new ParaState(HeadData.ofLabel("included"), List.of());
            }
            if (d.chance(0.3)) {
                return before;
            }
            List<PendingCandidate> pending = new ArrayList<>(before.pending());
            Optional<ChainView> chain = model.chain(parent.hash(), PARA);
            if (chain.isPresent()) {
                Set<CandidateHash> already = new HashSet<>();
                pending.forEach(p -> already.add(p.hash()));
                List<CandidateHash> fresh = chain.get().bestChain().stream().filter(h -> !already.contains(h))
                        .filter(candidates::containsKey).toList();
                int take = fresh.isEmpty() ? 0 : d.between(0, fresh.size());
                for (CandidateHash h : fresh.subList(0, take)) {
                    Candidate c = candidates.get(h);
                    pending.add(new PendingCandidate(h, byHashOrUnknown(c.relayParent()).info(), c.commitments(),
                            c.codeHash(), c.validationData().maxPovSize()));
                }
            }
            HeadData included = before.included();
            int include = pending.isEmpty() ? 0 : d.weighted(3, 3, 1) == 0 ? 0 : d.between(1, pending.size());
            for (PendingCandidate p : pending.subList(0, include)) {
                included = p.commitments().headData();
            }
            List<PendingCandidate> left = new ArrayList<>(pending.subList(include, pending.size()));
            if (d.chance(0.12)) {
                // A runtime that reports a pending candidate whose relay parent precedes the previous one's.
                RelayBlock newer = parent == null ? blocks.get(blocks.size() - 1) : parent;
                if (left.isEmpty()) {
                    left.add(syntheticPending(newer));
                }
                RelayBlock older = d.pick(blocks);
                if (older.number().isBefore(left.get(left.size() - 1).relayParent().number())) {
                    left.add(syntheticPending(older));
                }
            }
            if (d.chance(0.08)) {
                // A runtime that reports a pending candidate whose output is the head it builds on (AB-ADMIT-001),
                // sometimes followed by one building on it.
                int at = d.between(0, left.size());
                HeadData parentHead = at == 0 ? included : left.get(at - 1).commitments().headData();
                RelayBlock relayParent = at == 0
                        ? d.pick(blocks) : byHashOrUnknown(left.get(at - 1).relayParent().hash());
                left.add(at, syntheticPending(relayParent, parentHead));
                if (at == left.size() - 1 && d.chance(0.5)) {
                    left.add(syntheticPending(relayParent));
                }
            }
            return new ParaState(included, left);
        }

        PendingCandidate syntheticPending(RelayBlock relayParent) {
            return syntheticPending(relayParent, fresh());
        }

        PendingCandidate syntheticPending(RelayBlock relayParent, HeadData output) {
            return new PendingCandidate(new CandidateHash(Hash32.ofOrdinal(d.betweenLong(1_000, 1_000_000_000))),
                    relayParent.info(), CandidateCommitments.producing(output, relayParent.number()), CODE, POV);
        }

        RelayBlock byHashOrUnknown(RelayHash hash) {
            RelayBlock block = byHash.get(hash);
            return block != null ? block : new RelayBlock(hash, RelayBlockNumber.of(0), RelayHash.ofLabel("root"), 0,
                    Hash32.ofLabel("state:unknown"));
        }

        void reactivate() {
            if (!active.isEmpty() && d.chance(0.25)) {
                // An active leaf activated again (AB-LEAF-005): its chains are rebuilt from its parent block's.
                RelayHash leaf = d.pick(new ArrayList<>(active));
                apply(activations.get(leaf));
                look(new ProspectiveDriver.FragmentChain(leaf, PARA));
                return;
            }
            List<RelayHash> options = new ArrayList<>(deactivated);
            if (options.isEmpty()) {
                deactivate();
                return;
            }
            RelayHash leaf = d.pick(options);
            apply(activations.get(leaf));
            active.add(leaf);
            deactivated.remove(leaf);
            look(new ProspectiveDriver.FragmentChain(leaf, PARA));
        }

        void deactivate() {
            if (active.isEmpty()) {
                return;
            }
            RelayHash leaf = d.pick(new ArrayList<>(active));
            List<RelayHash> gone = new ArrayList<>(List.of(leaf));
            if (d.chance(0.25)) {
                // One update: sometimes a second deactivation, sometimes the same leaf activated too, which the
                // node then does not activate (AB-LEAF-006).
                if (active.size() > 1 && d.chance(0.5)) {
                    List<RelayHash> others = new ArrayList<>(active);
                    others.remove(leaf);
                    gone.add(d.pick(others));
                }
                apply(new ProspectiveEvent.UpdateLeaves(d.chance(0.5) ? List.of(activations.get(leaf)) : List.of(),
                        gone));
            } else {
                apply(new ProspectiveEvent.DeactivateLeaf(leaf));
            }
            active.removeAll(gone);
            deactivated.addAll(gone);
            look(new ProspectiveDriver.FragmentChain(leaf, PARA));
            if (deactivated.size() > 1 && d.chance(0.5)) {
                // Whether the oldest deactivated block is still retained (AB-LEAF-003, AB-LEAF-004).
                look(new ProspectiveDriver.FragmentChain(deactivated.iterator().next(), PARA));
            }
            if (d.chance(0.3)) {
                look(new ProspectiveDriver.MinimumRelayParents(leaf));
            }
        }

        List<CandidateHash> bestChain(RelayBlock leaf) {
            return model.chain(leaf.hash(), PARA).map(ChainView::bestChain).orElse(List.of());
        }

        HeadData included(RelayBlock leaf) {
            ParaState state = states.get(leaf.hash());
            return state == null ? HeadData.ofLabel("included") : state.included();
        }

        HeadData fresh() {
            return HeadData.ofLabel("h" + heads++);
        }

        HeadData outputOf(CandidateHash hash) {
            Candidate c = candidates.get(hash);
            if (c != null) {
                return c.outputHead();
            }
            for (ProspectiveEvent.ActivateLeaf activation : activations.values()) {
                for (PendingCandidate p : activation.paras().getOrDefault(PARA, BackingState.of(
                        Constraints.permissive(HeadData.ofLabel("x"), CODE, RelayBlockNumber.of(0))))
                        .pendingAvailability()) {
                    if (p.hash().equals(hash)) {
                        return p.commitments().headData();
                    }
                }
            }
            return HeadData.ofLabel("unknown");
        }

        Candidate newCandidate() {
            RelayBlock leaf = active.isEmpty() ? newestLeaf() : d.weighted(3, 1) == 0 ? newestLeaf()
                    : byHash.get(d.pick(new ArrayList<>(active)));
            List<CandidateHash> best = bestChain(leaf);
            HeadData tip = best.isEmpty() ? included(leaf) : outputOf(best.get(best.size() - 1));
            long ordinal = d.betweenLong(1_000, 1_000_000_000);
            HeadData parent;
            switch (d.weighted(6, 2, 1, 3, 1)) {
                case 0 -> parent = tip;
                case 1 -> parent = candidates.isEmpty() ? tip
                        : d.pick(new ArrayList<>(candidates.values())).outputHead();
                case 2 -> parent = included(leaf);
                case 3 -> {
                    if (best.isEmpty()) {
                        parent = included(leaf);
                    } else {
                        CandidateHash sibling = d.pick(best);
                        Candidate known = candidates.get(sibling);
                        parent = known != null ? known.parentHead() : included(leaf);
                        long theirs = ordinals.getOrDefault(sibling, ordinal);
                        ordinal = Math.max(1, theirs + (d.chance(0.5) ? -d.between(1, 3) : d.between(1, 3)));
                    }
                }
                default -> parent = fresh();
            }
            HeadData output;
            switch (d.weighted(12, 1, 1, 1)) {
                case 0 -> output = fresh();
                case 1 -> output = parent;
                case 2 -> output = best.isEmpty() ? included(leaf)
                        : Optional.ofNullable(candidates.get(d.pick(best))).map(Candidate::parentHead)
                                .orElse(included(leaf));
                default -> output = best.isEmpty() ? fresh() : outputOf(d.pick(best));
            }
            RelayBlock relayParent = relayParent(leaf);
            ParaId para = switch (d.weighted(20, 1, 1)) {
                case 0 -> PARA;
                case 1 -> OTHER;
                default -> UNSCHEDULED;
            };
            long pov = d.weighted(20, 1) == 0 ? POV : POV - 1;
            ValidationCodeHash code = d.weighted(20, 1) == 0 ? CODE : ValidationCodeHash.ofLabel("other code");
            if (messaging && d.chance(0.2)) {
                code = NEW_CODE;
            }
            CandidateHash hash = new CandidateHash(Hash32.ofOrdinal(ordinal));
            while (ordinals.containsKey(hash)) {
                ordinal++;
                hash = new CandidateHash(Hash32.ofOrdinal(ordinal));
            }
            ordinals.put(hash, ordinal);
            Candidate candidate = new Candidate(hash, para, relayParent.hash(), PersistedValidationData.of(parent,
                    relayParent.info(), pov), traffic(CandidateCommitments.producing(output, relayParent.number()),
                    relayParent), code);
            if (drawsSchedulingParent && d.chance(0.3)) {
                // A V3 candidate scheduled at the leaf, whatever its relay parent: the window bounds the leaf, the
                // relay parent may be older (AB-SCOPE-001, AB-SCOPE-006), and the backable answer names the leaf.
                return new Candidate(hash, candidate.para(), candidate.relayParent(), candidate.validationData(),
                        candidate.commitments(), candidate.codeHash(), EncodedReceipt.NONE, leaf.hash());
            }
            if (ordinal % RECEIPT_EVERY == 0) {
                candidate = withReceipt(candidate, (ordinal / RECEIPT_EVERY) % 2 == 0);
                ordinals.put(candidate.hash(), ordinal);
            }
            return candidate;
        }

        /**
         * The candidate with a committed receipt and its real hash (which no longer follows the ordinal), whose
         * descriptor commits to its own validation data or, when {@code matching} is false, to other data
         * (AB-ADMIT-011). Only every {@link #RECEIPT_EVERY}-th ordinal gets one: hashing is kept off most steps.
         */
        private Candidate withReceipt(Candidate c, boolean matching) {
            Hash32 committed = matching ? Receipts.validationDataHash(c.validationData())
                    : Hash32.ofLabel("other validation data");
            Receipts.Built receipt = Receipts.build(c.para(), c.relayParent(), committed,
                    ValidationDataEncoding.headHash(c.outputHead()), c.commitments(), c.codeHash(),
                    Receipts.BASELINE, 0);
            return new Candidate(new CandidateHash(receipt.candidateHash()), c.para(), c.relayParent(),
                    c.validationData(), c.commitments(), c.codeHash(), receipt.receipt());
        }

        /** The leaf, an ancestor inside the allowed ancestry, exactly at its edge, one beyond, off-fork or unknown. */
        RelayBlock relayParent(RelayBlock leaf) {
            int a = ancestry();
            List<RelayBlock> ancestry = path(leaf, a + 2);
            return switch (d.weighted(4, 3, 2, 2, 1, 1)) {
                case 0 -> leaf;
                case 1 -> a == 0 || ancestry.isEmpty() ? leaf
                        : ancestry.get(Math.min(ancestry.size(), d.between(1, a)) - 1);
                case 2 -> a == 0 || ancestry.size() < a ? leaf : ancestry.get(a - 1);
                case 3 -> ancestry.size() <= a ? leaf : ancestry.get(a);
                case 4 -> d.pick(blocks);
                default -> new RelayBlock(RelayHash.ofLabel("unknown" + d.between(0, 9)), leaf.number(),
                        leaf.parent(), leaf.session(), Hash32.ofLabel("state:unknown"));
            };
        }

        /**
         * A candidate of the para on the tip of the newest leaf's best chain, seconded and backed at once: chains
         * grow, and each member is checked against what the members before it used (AB-ADMIT-006).
         */
        void extendChain() {
            Candidate drawn = newCandidate();
            RelayBlock leaf = newestLeaf();
            List<CandidateHash> best = bestChain(leaf);
            HeadData tip = best.isEmpty() ? included(leaf) : outputOf(best.get(best.size() - 1));
            HeadData parent = tip;
            CandidateHash hash = drawn.hash();
            if (best.size() >= 3 && d.chance(0.3)) {
                // A lower-hash fork of the third element or a later one: the best chain reverts to it (AB-FORK-003).
                CandidateHash rival = best.get(d.between(2, best.size() - 1));
                Candidate known = candidates.get(rival);
                if (known != null) {
                    parent = known.parentHead();
                    long ordinal = Math.max(1, ordinals.getOrDefault(rival, 2L) - d.between(1, 3));
                    hash = new CandidateHash(Hash32.ofOrdinal(ordinal));
                    if (ordinals.containsKey(hash)) {
                        hash = drawn.hash();
                    } else {
                        ordinals.put(hash, ordinal);
                    }
                }
            }
            PersistedValidationData v = drawn.validationData();
            CandidateCommitments m = drawn.commitments();
            Candidate candidate = new Candidate(hash, PARA, drawn.relayParent(),
                    new PersistedValidationData(parent, v.relayParentNumber(), v.relayParentStorageRoot(),
                            v.maxPovSize()),
                    new CandidateCommitments(fresh(), m.upwardMessages(), m.horizontalMessages(),
                            m.newValidationCode(), m.processedDownwardMessages(), m.hrmpWatermark()),
                    drawn.codeHash());
            introduce(candidate);
            backed.add(candidate.hash());
            apply(new ProspectiveEvent.CandidateBacked(PARA, candidate.hash()));
            lookAtLeaves();
        }

        void introduce(Candidate candidate) {
            if (d.chance(0.15)) {
                HypotheticalCandidate hypothetical = d.chance(0.5) ? new HypotheticalCandidate.Complete(candidate)
                        : new HypotheticalCandidate.Incomplete(candidate.hash(), candidate.para(),
                                candidate.parentHead(), candidate.relayParent());
                look(new ProspectiveDriver.HypotheticalMembership(hypothetical));
            }
            Outcome outcome = apply(new ProspectiveEvent.IntroduceSeconded(candidate));
            if (outcome.isAccepted()) {
                candidates.put(candidate.hash(), candidate);
            }
            lookAtLeaves();
            if (d.chance(0.15)) {
                look(new ProspectiveDriver.ProspectiveValidationData(new ValidationDataRequest(candidate.para(),
                        candidate.relayParent(), d.chance(0.7) ? candidate.outputHead() : fresh(), d.chance(0.3))));
            }
        }

        void duplicate() {
            if (candidates.isEmpty()) {
                introduce(newCandidate());
                return;
            }
            introduce(d.pick(new ArrayList<>(candidates.values())));
        }

        void back() {
            List<CandidateHash> waiting = candidates.keySet().stream().filter(h -> !backed.contains(h)).toList();
            CandidateHash hash;
            ParaId para = PARA;
            switch (waiting.isEmpty() ? 2 : d.weighted(8, 1, 1)) {
                case 0 -> hash = d.pick(waiting);
                case 1 -> hash = candidates.isEmpty() ? d.pick(waiting) : d.pick(new ArrayList<>(candidates.keySet()));
                default -> hash = new CandidateHash(Hash32.ofOrdinal(d.betweenLong(1, 999)));
            }
            Candidate c = candidates.get(hash);
            if (c != null) {
                para = c.para();
            }
            backed.add(hash);
            apply(new ProspectiveEvent.CandidateBacked(para, hash));
            lookAtLeaves();
            if (d.chance(0.3) && !active.isEmpty()) {
                RelayBlock leaf = byHash.get(d.pick(new ArrayList<>(active)));
                List<CandidateHash> best = bestChain(leaf);
                List<CandidateHash> ancestors = new ArrayList<>(best.subList(0, d.between(0, best.size())));
                if (!ancestors.isEmpty() && d.chance(0.2)) {
                    ancestors.remove(0);
                }
                int count = d.between(0, depth() + 2);
                look(new ProspectiveDriver.BackableCandidates(leaf.hash(), PARA, count, ancestors));
            }
        }

        void lookAtLeaves() {
            int n = 0;
            for (RelayHash leaf : active) {
                if (n++ >= 3) {
                    break;
                }
                look(new ProspectiveDriver.FragmentChain(leaf, PARA));
            }
        }

        Outcome apply(ProspectiveEvent event) {
            return ran.act(steps, event);
        }

        void look(Query query) {
            ran.look(steps, query);
        }
    }

    /** What the runtime reports for the para at a block: the included head and the candidates pending availability. */
    private record ParaState(HeadData included, List<PendingCandidate> pending) {
        ParaState {
            pending = List.copyOf(pending);
        }
    }

    @Override
    public Invariants<ProspectiveEvent, Query> invariants(AsyncBackingParams parameters) {
        return new ChainInvariants(parameters, drawsClaimQueue, drawsSchedulingParent);
    }

    /**
     * The best chain under a relay parent holds at most d+1 candidates (AB-CHAIN-001); each candidate not pending
     * availability there has a relay parent in the scope of that relay parent's activation (AB-SCOPE-001), and relay
     * parent numbers never decrease along it (AB-CHAIN-004). The scope is derived here from the activation alone.
     * Where the claim queue is read and stated, the chain under a leaf holds at most the candidates pending there
     * plus one per distinct core of the para, and the scope reaches scheduling_lookahead - 1 ancestors. Where the
     * scheduling parent is read (PR 11772), the window, not cut at min_relay_parent_number, holds each candidate's
     * scheduling parent (AB-SCOPE-006) instead, and its relay parent may be older.
     */
    private static final class ChainInvariants implements Invariants<ProspectiveEvent, Query> {
        private final AsyncBackingParams params;
        /** The claim queue the node reads, {@link ClaimQueue#NOT_STATED} where it reads d and a. */
        private final ClaimQueue queue;
        private final Map<RelayHash, ProspectiveEvent.ActivateLeaf> activations = new HashMap<>();
        private final Map<CandidateHash, RelayHash> relayParents = new HashMap<>();
        private final Map<CandidateHash, RelayHash> schedulingParents = new HashMap<>();
        private final Map<RelayHash, Long> numbers = new HashMap<>();
        private final boolean readsSchedulingParent;

        ChainInvariants(AsyncBackingParams params, boolean readsClaimQueue, boolean readsSchedulingParent) {
            this.params = params;
            this.queue = readsClaimQueue ? params.claimQueue() : ClaimQueue.NOT_STATED;
            this.readsSchedulingParent = readsSchedulingParent;
        }

        @Override
        public void afterEvent(ProspectiveEvent event, Outcome outcome) {
            if (event instanceof ProspectiveEvent.ActivateLeaf a) {
                activations.put(a.leaf().hash(), a);
                numbers.put(a.leaf().hash(), a.leaf().number().value());
                a.ancestors().forEach(b -> numbers.put(b.hash(), b.number().value()));
            } else if (event instanceof ProspectiveEvent.UpdateLeaves u) {
                u.activated().stream().filter(a -> !u.deactivated().contains(a.leaf().hash()))
                        .forEach(a -> afterEvent(a, outcome));
            } else if (event instanceof ProspectiveEvent.IntroduceSeconded i && outcome.isAccepted()) {
                relayParents.putIfAbsent(i.candidate().hash(), i.candidate().relayParent());
                schedulingParents.putIfAbsent(i.candidate().hash(), i.candidate().schedulingParent());
            }
        }

        @Override
        public Optional<Violation> check(Query query, Object answer) {
            if (!(query instanceof ProspectiveDriver.FragmentChain q) || !(answer instanceof ChainView view)) {
                return Optional.empty();
            }
            List<CandidateHash> best = view.bestChain();
            if (!queue.isStated() && best.size() > params.maxCandidateDepth() + 1) {
                return Optional.of(new Violation(AB_CHAIN_001, "the best chain under " + q.relayParent() + " holds "
                        + best.size() + " candidates, more than max_candidate_depth + 1 = "
                        + (params.maxCandidateDepth() + 1)));
            }
            ProspectiveEvent.ActivateLeaf activation = activations.get(q.relayParent());
            if (activation == null || !activation.paras().containsKey(q.para())) {
                return Optional.empty();
            }
            BackingState state = activation.paras().get(q.para());
            int bound = state.pendingAvailability().size() + queue.coresOf(q.para());
            if (queue.isStated() && best.size() > bound) {
                return Optional.of(new Violation(AB_CHAIN_001, "the best chain under " + q.relayParent() + " holds "
                        + best.size() + " candidates, more than the " + state.pendingAvailability().size()
                        + " pending availability plus " + queue.coresOf(q.para()) + " distinct cores of the para in"
                        + " the claim queue = " + bound));
            }
            Map<CandidateHash, Long> pending = new HashMap<>();
            state.pendingAvailability().forEach(p -> pending.put(p.hash(), p.relayParent().number().value()));
            Set<RelayHash> scope = scope(activation, state);
            long previous = -1;
            for (CandidateHash hash : best) {
                long number;
                if (pending.containsKey(hash)) {
                    number = pending.get(hash);
                } else {
                    RelayHash relayParent = relayParents.get(hash);
                    if (relayParent == null) {
                        continue;
                    }
                    if (readsSchedulingParent) {
                        RelayHash schedulingParent = schedulingParents.get(hash);
                        if (!scope.contains(schedulingParent)) {
                            return Optional.of(new Violation(AB_SCOPE_006, "candidate " + hash + " in the best chain"
                                    + " under " + q.relayParent() + " has scheduling parent " + schedulingParent
                                    + ", outside the window " + scope));
                        }
                        if (!numbers.containsKey(relayParent)) {
                            continue;
                        }
                    } else if (!scope.contains(relayParent)) {
                        return Optional.of(new Violation(AB_SCOPE_001, "candidate " + hash + " in the best chain"
                                + " under " + q.relayParent() + " has relay parent " + relayParent
                                + ", outside the scope " + scope));
                    }
                    number = numbers.get(relayParent);
                }
                if (number < previous) {
                    return Optional.of(new Violation(AB_CHAIN_004, "candidate " + hash + " has relay parent #"
                            + number + ", before #" + previous + " of the candidate before it"));
                }
                previous = number;
            }
            return Optional.empty();
        }

        /** The leaf and its first a ancestors, stopping at another session and below min_relay_parent_number. */
        private Set<RelayHash> scope(ProspectiveEvent.ActivateLeaf activation, BackingState state) {
            Set<RelayHash> scope = new HashSet<>();
            scope.add(activation.leaf().hash());
            long min = state.constraints().minRelayParentNumber().value();
            List<RelayBlock> ancestors = activation.ancestors();
            int ancestry = queue.isStated() ? queue.schedulingLookahead() - 1 : params.allowedAncestryLen();
            for (int i = 0; i < Math.min(ancestry, ancestors.size()); i++) {
                RelayBlock ancestor = ancestors.get(i);
                if (ancestor.session() != activation.leaf().session()
                        || !readsSchedulingParent && ancestor.number().value() < min) {
                    break;
                }
                scope.add(ancestor.hash());
            }
            return scope;
        }
    }

    @Override
    public List<AsyncBackingParams> simplerParameters(AsyncBackingParams p) {
        List<AsyncBackingParams> simpler = new ArrayList<>();
        ClaimQueue queue = p.claimQueue();
        for (int i = 0; i < queue.cores().size() && queue.cores().size() > 1; i++) {
            List<List<ParaId>> fewer = new ArrayList<>(queue.cores());
            fewer.remove(i);
            simpler.add(p.withClaimQueue(new ClaimQueue(fewer, queue.schedulingLookahead())));
        }
        if (p.maxCandidateDepth() > 0) {
            simpler.add(new AsyncBackingParams(p.maxCandidateDepth() - 1, p.allowedAncestryLen(), queue));
        }
        if (p.allowedAncestryLen() > 0) {
            simpler.add(new AsyncBackingParams(p.maxCandidateDepth(), p.allowedAncestryLen() - 1, queue));
        }
        return simpler;
    }

    @Override
    public List<ProspectiveEvent> simplerEvents(ProspectiveEvent event) {
        if (!(event instanceof ProspectiveEvent.ActivateLeaf a)) {
            return List.of();
        }
        List<ProspectiveEvent> simpler = new ArrayList<>();
        if (a.paras().size() > 1 && a.paras().containsKey(PARA)) {
            simpler.add(new ProspectiveEvent.ActivateLeaf(a.leaf(), a.ancestors(), new TreeMap<>(Map.of(PARA,
                    a.paras().get(PARA)))));
        }
        if (!a.ancestors().isEmpty()) {
            simpler.add(new ProspectiveEvent.ActivateLeaf(a.leaf(), a.ancestors().subList(0,
                    a.ancestors().size() - 1), a.paras()));
        }
        return simpler;
    }
}

package dev.abkit.reference.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Variant;
import dev.abkit.model.CandidateHash;
import dev.abkit.model.Checks;
import dev.abkit.model.HeadData;
import dev.abkit.model.ParaId;
import dev.abkit.reference.constraints.CandidateCommitments;
import dev.abkit.reference.constraints.Constraints;
import dev.abkit.reference.constraints.InclusionEmulator;
import dev.abkit.reference.constraints.PersistedValidationData;
import dev.abkit.reference.constraints.ValidationCodeHash;
import dev.abkit.reference.prospective.AsyncBackingParams;
import dev.abkit.reference.prospective.BackableCandidate;
import dev.abkit.reference.prospective.BackingState;
import dev.abkit.reference.prospective.Candidate;
import dev.abkit.reference.prospective.ClaimQueue;
import dev.abkit.reference.prospective.PendingCandidate;
import dev.abkit.reference.prospective.ProspectiveEvent;
import dev.abkit.reference.prospective.ProspectiveParachains;
import dev.abkit.reference.prospective.RelayBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The claim-queue era's counterpart of {@link SyncEquivalenceTest}. From PR 7254 (stable2503) the node reads no
 * AsyncBackingParams, so "zero for both" no longer exists on the node; the nearest configuration is one core per para
 * and scheduling_lookahead 1 (relay parent = the leaf). Driven with the same generated streams as the synchronous
 * model, the claim-queue model with that configuration offers the same backable candidate for every para without a
 * candidate pending availability, and differs exactly where one is pending: there it may offer the pending
 * candidate's child (the chain holds the pending candidates plus one per core, AB-CHAIN-001 under claim-queue),
 * which synchronous backing never does. Some stream must show that difference: synchronous backing in the claim-queue
 * era comes only from the parachain runtime (capacity 1, the expect-parent-included hook), not from the relay chain.
 */
class ClaimQueueSyncTest {
    private static final int STREAMS = 300;
    private static final int STEPS = 60;
    private static final List<ParaId> PARAS = List.of(ParaId.of(1), ParaId.of(2));
    private static final ValidationCodeHash CODE = ValidationCodeHash.ofLabel("code");
    private static final long MAX_POV = Constraints.DEFAULT_LIMIT;
    private static final Profile CLAIM_QUEUE = Profile.of(Variant.CLAIM_QUEUE);
    /** One core per para, scheduling_lookahead 1; the AsyncBackingParams beside it (0, 0) are not read. */
    private static final AsyncBackingParams NEAREST = AsyncBackingParams.SYNCHRONOUS.withClaimQueue(
            new ClaimQueue(PARAS.stream().map(List::of).toList(), 1));
    private static final AtomicInteger AHEAD_OF_SYNC = new AtomicInteger();

    @TestFactory
    Stream<DynamicTest> claim_queue_one_core_lookahead_one_is_synchronous_only_without_pending_candidates() {
        Stream<DynamicTest> streams = IntStream.range(0, STREAMS).mapToObj(seed -> DynamicTest.dynamicTest(
                "seed " + seed, () -> new EventStream(seed).run()));
        return Stream.concat(streams, Stream.of(DynamicTest.dynamicTest("some stream backs on a pending candidate",
                () -> assertTrue(AHEAD_OF_SYNC.get() > 0, "the claim-queue node never offered a candidate on top of"
                        + " a pending one, so the difference from synchronous backing was not shown"))));
    }

    /** One generated event stream applied to both models. */
    private static final class EventStream {
        private final SplittableRandom random;
        private final long seed;
        private final SynchronousBacking sync = new SynchronousBacking(Checks.unobserved());
        private final ProspectiveParachains async = new ProspectiveParachains(NEAREST, Checks.unobserved(),
                new InclusionEmulator(Checks.unobserved(), CLAIM_QUEUE), CLAIM_QUEUE);
        private final List<RelayBlock> blocks = new ArrayList<>();
        private final Map<CandidateHash, Made> candidates = new LinkedHashMap<>();
        private final Map<ParaId, HeadData> included = new TreeMap<>();
        private final Map<ParaId, Made> pending = new TreeMap<>();
        private final List<HeadData> heads = new ArrayList<>();
        private final List<String> log = new ArrayList<>();
        private int backableSeen;

        EventStream(long seed) {
            this.seed = seed;
            this.random = new SplittableRandom(seed);
            HeadData genesis = HeadData.ofLabel("genesis");
            heads.add(genesis);
            PARAS.forEach(p -> included.put(p, genesis));
        }

        void run() {
            activateLeaf();
            for (int step = 0; step < STEPS; step++) {
                int action = random.nextInt(10);
                if (action < 2) {
                    activateLeaf();
                } else if (action < 6) {
                    second();
                } else if (action < 9) {
                    back();
                } else {
                    secondAgain();
                }
                compare();
            }
            assertTrue(log.size() > STEPS / 2, "the stream did something");
        }

        private RelayBlock leaf() {
            return blocks.get(blocks.size() - 1);
        }

        private void activateLeaf() {
            int number = blocks.size() + 1;
            RelayBlock previous = blocks.isEmpty() ? null : leaf();
            RelayBlock block = RelayBlock.ofLabel("b" + number, number, "b" + (number - 1), 0);
            for (ParaId para : PARAS) {
                Made wasPending = pending.remove(para);
                if (wasPending != null && random.nextInt(3) > 0) {
                    included.put(para, wasPending.output);
                } else if (wasPending != null) {
                    pending.put(para, wasPending);
                }
                if (!pending.containsKey(para) && random.nextInt(3) == 0) {
                    candidates.values().stream()
                            .filter(c -> c.para.equals(para) && c.backed && c.parent.equals(included.get(para)))
                            .findFirst()
                            .ifPresent(c -> pending.put(para, c));
                }
            }
            blocks.add(block);
            Map<ParaId, ParaRuntimeView> views = new TreeMap<>();
            Map<ParaId, BackingState> states = new TreeMap<>();
            for (ParaId para : PARAS) {
                Made p = pending.get(para);
                views.put(para, p == null ? ParaRuntimeView.included(included.get(para))
                        : ParaRuntimeView.pending(included.get(para),
                                new PendingAvailability(p.hash, p.relayParent.hash(), p.parent, p.output)));
                Constraints constraints = Constraints.permissive(included.get(para), CODE, block.number());
                states.put(para, new BackingState(constraints, p == null ? List.of()
                        : List.of(new PendingCandidate(p.hash, p.relayParent.info(),
                                CandidateCommitments.producing(p.output, p.relayParent.number()), CODE, MAX_POV))));
            }
            sync.apply(new SyncEvent.LeafActivated(block.number(), block.hash(), AsyncBackingParams.SYNCHRONOUS,
                    views));
            if (previous != null) {
                async.apply(new ProspectiveEvent.DeactivateLeaf(previous.hash()));
            }
            async.apply(ProspectiveEvent.ActivateLeaf.of(block, ancestors(), states));
            log.add("activate " + block.number() + " included=" + included + " pending=" + pending.keySet());
        }

        private List<RelayBlock> ancestors() {
            List<RelayBlock> result = new ArrayList<>();
            for (int i = blocks.size() - 2; i >= 0 && result.size() < 3; i--) {
                result.add(blocks.get(i));
            }
            return result;
        }

        private void second() {
            ParaId para = PARAS.get(random.nextInt(PARAS.size()));
            HeadData parent = switch (random.nextInt(4)) {
                case 0, 1 -> included.get(para);
                case 2 -> pending.containsKey(para) ? pending.get(para).output : included.get(para);
                default -> heads.get(random.nextInt(heads.size()));
            };
            int back = random.nextInt(4) == 0 ? Math.min(blocks.size() - 1, 1 + random.nextInt(2)) : 0;
            RelayBlock relayParent = blocks.get(blocks.size() - 1 - back);
            int n = candidates.size();
            HeadData output = HeadData.ofLabel("s" + seed + "-h" + n);
            Made made = new Made(CandidateHash.ofLabel(seed + "-" + n), para, relayParent, parent, output);
            candidates.put(made.hash, made);
            heads.add(output);
            introduce(made);
        }

        private void secondAgain() {
            if (candidates.isEmpty()) {
                return;
            }
            introduce(pick());
        }

        private void introduce(Made made) {
            sync.apply(new SyncEvent.CandidateSeconded(made.hash, made.para, made.relayParent.hash(), made.parent,
                    made.output));
            async.apply(new ProspectiveEvent.IntroduceSeconded(new Candidate(made.hash, made.para,
                    made.relayParent.hash(), PersistedValidationData.of(made.parent, made.relayParent.info(), MAX_POV),
                    CandidateCommitments.producing(made.output, made.relayParent.number()), CODE)));
            log.add("second " + made);
        }

        private void back() {
            if (candidates.isEmpty()) {
                return;
            }
            Made made = pick();
            made.backed = true;
            sync.apply(new SyncEvent.CandidateBacked(made.hash));
            async.apply(new ProspectiveEvent.CandidateBacked(made.para, made.hash));
            log.add("back " + made.hash);
        }

        private Made pick() {
            List<Made> all = new ArrayList<>(candidates.values());
            return all.get(all.size() - 1 - random.nextInt(Math.min(all.size(), 4)));
        }

        private void compare() {
            for (ParaId para : PARAS) {
                Optional<CandidateHash> expected = sync.backableCandidate(para);
                List<BackableCandidate> actual = async.backableCandidates(leaf().hash(), para, 1, Set.of());
                Optional<CandidateHash> asyncBackable = actual.stream().map(BackableCandidate::candidate).findFirst();
                Made onPending = pending.get(para);
                if (onPending != null) {
                    assertEquals(Optional.empty(), expected, () -> "seed " + seed + ": synchronous backing offered a"
                            + " candidate while one is pending");
                    // The block author names the pending candidates as ancestors, as the provisioner does.
                    Optional<CandidateHash> onTop = async.backableCandidates(leaf().hash(), para, 1,
                            Set.of(onPending.hash)).stream().map(BackableCandidate::candidate).findFirst();
                    onTop.ifPresent(c -> {
                        assertEquals(onPending.output, candidates.get(c).parent, () -> "seed " + seed + ", " + para
                                + ": the claim-queue node offered a candidate not on the pending one");
                        AHEAD_OF_SYNC.incrementAndGet();
                    });
                    continue;
                }
                expected.ifPresent(c -> backableSeen++);
                assertEquals(expected, asyncBackable, () -> "seed " + seed + ", " + para + " after:\n  "
                        + String.join("\n  ", log));
            }
        }
    }

    /** A candidate the stream made. */
    private static final class Made {
        final CandidateHash hash;
        final ParaId para;
        final RelayBlock relayParent;
        final HeadData parent;
        final HeadData output;
        boolean backed;

        Made(CandidateHash hash, ParaId para, RelayBlock relayParent, HeadData parent, HeadData output) {
            this.hash = hash;
            this.para = para;
            this.relayParent = relayParent;
            this.parent = parent;
            this.output = output;
        }

        @Override
        public String toString() {
            return hash + " " + para + " rp=" + relayParent.number() + " parent=" + parent + " output=" + output;
        }
    }
}

package dev.abkit.reference.sync;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.model.CandidateHash;
import dev.abkit.model.Checks;
import dev.abkit.model.HeadData;
import dev.abkit.model.ParaId;
import dev.abkit.reference.constraints.CandidateCommitments;
import dev.abkit.reference.constraints.Constraints;
import dev.abkit.reference.constraints.PersistedValidationData;
import dev.abkit.reference.constraints.ValidationCodeHash;
import dev.abkit.reference.prospective.AsyncBackingParams;
import dev.abkit.reference.prospective.BackableCandidate;
import dev.abkit.reference.prospective.BackingState;
import dev.abkit.reference.prospective.Candidate;
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

/**
 * One generated event stream (leaf activations with inclusions and pending availability, seconded candidates on every
 * kind of parent and relay parent, backing, duplicates) applied to the minimal synchronous model and to a
 * prospective-parachains model; a subclass says how the two must compare after every event.
 */
abstract class SyncStream {
    static final int STEPS = 60;
    static final List<ParaId> PARAS = List.of(ParaId.of(1), ParaId.of(2));
    static final ValidationCodeHash CODE = ValidationCodeHash.ofLabel("code");
    static final long MAX_POV = Constraints.DEFAULT_LIMIT;

    final SplittableRandom random;
    final long seed;
    final SynchronousBacking sync = new SynchronousBacking(Checks.unobserved());
    final ProspectiveParachains async;
    final List<RelayBlock> blocks = new ArrayList<>();
    final Map<CandidateHash, Made> candidates = new LinkedHashMap<>();
    final Map<ParaId, HeadData> included = new TreeMap<>();
    final Map<ParaId, Made> pending = new TreeMap<>();
    final List<HeadData> heads = new ArrayList<>();
    final List<String> log = new ArrayList<>();
    int backableSeen;

    SyncStream(long seed, ProspectiveParachains async) {
        this.seed = seed;
        this.async = async;
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

    RelayBlock leaf() {
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

    /** The first candidate the prospective-parachains model offers for {@code para} at the leaf, given the ancestors. */
    Optional<CandidateHash> asyncBackable(ParaId para, Set<CandidateHash> ancestors) {
        return async.backableCandidates(leaf().hash(), para, 1, ancestors).stream()
                .map(BackableCandidate::candidate).findFirst();
    }

    /** Compares the two models' backable candidates after one event of the stream. */
    abstract void compare();

    /** A candidate the stream made. */
    static final class Made {
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

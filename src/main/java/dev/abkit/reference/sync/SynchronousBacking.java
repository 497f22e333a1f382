package dev.abkit.reference.sync;

import static dev.abkit.reference.sync.SyncRules.AB_SYNC_001;
import static dev.abkit.reference.sync.SyncRules.AB_SYNC_002;
import static dev.abkit.reference.sync.SyncRules.AB_SYNC_003;
import static dev.abkit.reference.sync.SyncRules.AB_SYNC_004;

import dev.abkit.model.CandidateHash;
import dev.abkit.model.Checks;
import dev.abkit.model.Outcome;
import dev.abkit.model.ParaId;
import dev.abkit.reference.sync.SyncEvent.CandidateBacked;
import dev.abkit.reference.sync.SyncEvent.CandidateSeconded;
import dev.abkit.reference.sync.SyncEvent.LeafActivated;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Synchronous backing, written directly: one active leaf, which is the only allowed relay parent (AB-SYNC-003); a
 * candidate builds on the included head (AB-SYNC-004); leaves report both async backing params as zero (AB-SYNC-001).
 * Per para, one candidate at a time can be unincluded on chain (AB-SYNC-002): while one is pending availability no
 * other candidate is taken; otherwise collators' competing candidates on the included head may be seconded and
 * backed, and the backable one is the backed candidate with the lowest hash (the fork choice of asynchronous backing,
 * AB-FORK-002). A rejected step leaves the state unchanged; seconding a known candidate again and backing an unknown
 * one change nothing.
 */
public final class SynchronousBacking {
    private final Checks checks;
    private SyncView view = SyncView.EMPTY;

    public SynchronousBacking(Checks checks) {
        this.checks = checks;
    }

    /** Applies one step: accepted, or rejected with the SYNC rule it breaks. */
    public Outcome apply(SyncEvent event) {
        return Checks.decide(() -> view = next(event));
    }

    /** The observable state. */
    public SyncView view() {
        return view;
    }

    /**
     * The candidate the next relay block may back on chain for {@code para}: the backed candidate with the lowest
     * hash. None while a candidate is pending availability, since nothing else may be unincluded then (AB-SYNC-002).
     */
    public Optional<CandidateHash> backableCandidate(ParaId para) {
        return view.para(para)
                .filter(state -> state.pendingAvailability().isEmpty())
                .flatMap(state -> state.inFlight().stream()
                        .filter(c -> c.status() == CandidateStatus.BACKED)
                        .map(CandidateInFlight::candidate)
                        .min(Comparator.naturalOrder()));
    }

    private SyncView next(SyncEvent event) {
        if (event instanceof LeafActivated leaf) {
            return activate(leaf);
        }
        if (event instanceof CandidateSeconded seconded) {
            return second(seconded);
        }
        if (event instanceof CandidateBacked backed) {
            return back(backed);
        }
        throw new IllegalStateException("unhandled " + event);
    }

    private SyncView activate(LeafActivated leaf) {
        checks.require(AB_SYNC_001, leaf.params().isSynchronous(),
                "leaf %s reports %s, synchronous backing needs both zero", leaf.number(), leaf.params());
        Map<ParaId, ParaState> paras = new TreeMap<>();
        for (Map.Entry<ParaId, ParaRuntimeView> entry : leaf.paras().entrySet()) {
            ParaRuntimeView runtime = entry.getValue();
            List<PendingAvailability> pending = runtime.pendingAvailability();
            checks.require(AB_SYNC_002, pending.size() <= 1,
                    "%s has %d candidates pending availability at leaf %s, at most 1 may be unincluded",
                    entry.getKey(), pending.size(), leaf.number());
            List<CandidateInFlight> inFlight = pending.stream()
                    .map(p -> new CandidateInFlight(p.candidate(), p.relayParent(), p.parentHead(), p.outputHead(),
                            CandidateStatus.PENDING_AVAILABILITY))
                    .toList();
            for (CandidateInFlight candidate : inFlight) {
                checks.require(AB_SYNC_004, candidate.parentHead().equals(runtime.includedHead()),
                        "%s pending availability at leaf %s builds on %s, but the included head is %s",
                        candidate.candidate(), leaf.number(), candidate.parentHead(), runtime.includedHead());
            }
            paras.put(entry.getKey(), new ParaState(runtime.includedHead(), inFlight));
        }
        // Candidates seconded or backed at the previous leaf survive only if the new leaf put one on chain.
        for (Map.Entry<ParaId, ParaState> before : view.paras().entrySet()) {
            ParaState now = paras.get(before.getKey());
            before.getValue().inFlight().stream()
                    .filter(c -> c.status() != CandidateStatus.PENDING_AVAILABILITY)
                    .filter(c -> now == null || now.find(c.candidate()).isEmpty())
                    .forEach(dropped -> checks.fired(AB_SYNC_003));
        }
        return new SyncView(List.of(new ActiveLeaf(leaf.number(), leaf.hash())), paras);
    }

    private SyncView second(CandidateSeconded seconded) {
        Optional<ActiveLeaf> leaf = view.activeLeaf();
        checks.require(AB_SYNC_003, leaf.isPresent() && leaf.get().hash().equals(seconded.relayParent()),
                "relay parent %s of %s is not the active leaf %s", seconded.relayParent(), seconded.candidate(),
                leaf.map(l -> l.number() + " " + l.hash()).orElse("(none)"));
        Optional<ParaState> para = view.para(seconded.para());
        checks.require(AB_SYNC_004, para.isPresent(),
                "%s has no included head at the active leaf", seconded.para());
        checks.require(AB_SYNC_004, para.get().includedHead().equals(seconded.parentHead()),
                "%s builds on %s, but the included head of %s is %s", seconded.candidate(), seconded.parentHead(),
                seconded.para(), para.get().includedHead());
        checks.require(AB_SYNC_002, para.get().pendingAvailability().isEmpty(),
                "%s has %s pending availability, at most 1 candidate may be unincluded", seconded.para(),
                para.get().pendingAvailability().map(c -> c.candidate().toString()).orElse(""));
        if (para.get().find(seconded.candidate()).isPresent()) {
            return view;
        }
        CandidateInFlight candidate = new CandidateInFlight(seconded.candidate(), seconded.relayParent(),
                seconded.parentHead(), seconded.outputHead(), CandidateStatus.SECONDED);
        return withPara(seconded.para(), para.get().with(candidate));
    }

    private SyncView back(CandidateBacked backed) {
        for (Map.Entry<ParaId, ParaState> entry : view.paras().entrySet()) {
            Optional<CandidateInFlight> found = entry.getValue().find(backed.candidate())
                    .filter(c -> c.status() == CandidateStatus.SECONDED);
            if (found.isPresent()) {
                return withPara(entry.getKey(), entry.getValue().with(found.get().withStatus(CandidateStatus.BACKED)));
            }
        }
        return view;
    }

    private SyncView withPara(ParaId para, ParaState state) {
        Map<ParaId, ParaState> paras = new TreeMap<>(view.paras());
        paras.put(para, state);
        return new SyncView(view.activeLeaves(), paras);
    }
}

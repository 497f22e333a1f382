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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Synchronous backing, written directly: one active leaf, which is the only allowed relay parent (AB-SYNC-003);
 * per para at most one candidate in flight, counting the one pending availability (AB-SYNC-002); a candidate builds
 * on the included head (AB-SYNC-004); leaves report both async backing params as zero (AB-SYNC-001). The backed
 * candidate in flight is the para's backable candidate. A rejected step leaves the state unchanged.
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
     * The candidate the next relay block may back on chain for {@code para}: the backed candidate in flight. None
     * while a candidate is pending availability, since nothing else may be unincluded then (AB-SYNC-002).
     */
    public Optional<CandidateHash> backableCandidate(ParaId para) {
        return view.para(para)
                .flatMap(ParaState::candidateInFlight)
                .filter(c -> c.status() == CandidateStatus.BACKED)
                .map(CandidateInFlight::candidate);
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
        // A candidate seconded or backed at the previous leaf survives only if the new leaf put it on chain.
        for (Map.Entry<ParaId, ParaState> before : view.paras().entrySet()) {
            Optional<CandidateInFlight> now = Optional.ofNullable(paras.get(before.getKey()))
                    .flatMap(ParaState::candidateInFlight);
            before.getValue().candidateInFlight()
                    .filter(c -> c.status() != CandidateStatus.PENDING_AVAILABILITY)
                    .filter(c -> now.map(n -> !n.candidate().equals(c.candidate())).orElse(true))
                    .ifPresent(dropped -> checks.fired(AB_SYNC_003));
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
        checks.require(AB_SYNC_002, para.get().candidateInFlight().isEmpty(),
                "%s already has %s in flight, at most 1 candidate may be unincluded", seconded.para(),
                para.get().candidateInFlight().map(c -> c.candidate() + " (" + c.status() + ")").orElse(""));
        checks.require(AB_SYNC_002, inFlight(seconded.candidate()).isEmpty(),
                "%s is already in flight", seconded.candidate());
        CandidateInFlight candidate = new CandidateInFlight(seconded.candidate(), seconded.relayParent(),
                seconded.parentHead(), seconded.outputHead(), CandidateStatus.SECONDED);
        return withPara(seconded.para(), para.get().with(candidate));
    }

    private SyncView back(CandidateBacked backed) {
        Optional<Map.Entry<ParaId, CandidateInFlight>> found = inFlight(backed.candidate());
        checks.require(AB_SYNC_002, found.isPresent()
                        && found.get().getValue().status() != CandidateStatus.PENDING_AVAILABILITY,
                "%s is not a seconded candidate in flight at the active leaf", backed.candidate());
        ParaId para = found.get().getKey();
        return withPara(para, view.paras().get(para).with(found.get().getValue().withStatus(CandidateStatus.BACKED)));
    }

    private Optional<Map.Entry<ParaId, CandidateInFlight>> inFlight(CandidateHash candidate) {
        for (Map.Entry<ParaId, ParaState> entry : view.paras().entrySet()) {
            Optional<CandidateInFlight> c = entry.getValue().candidateInFlight()
                    .filter(f -> f.candidate().equals(candidate));
            if (c.isPresent()) {
                return Optional.of(Map.entry(entry.getKey(), c.get()));
            }
        }
        return Optional.empty();
    }

    private SyncView withPara(ParaId para, ParaState state) {
        Map<ParaId, ParaState> paras = new TreeMap<>(view.paras());
        paras.put(para, state);
        return new SyncView(view.activeLeaves(), paras);
    }
}

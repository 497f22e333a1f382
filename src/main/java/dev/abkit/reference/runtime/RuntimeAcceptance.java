package dev.abkit.reference.runtime;

import dev.abkit.reference.constraints.PersistedValidationData;
import static dev.abkit.reference.runtime.RuntimeAcceptanceRules.AB_RT_001;
import static dev.abkit.reference.runtime.RuntimeAcceptanceRules.AB_RT_002;
import static dev.abkit.reference.runtime.RuntimeAcceptanceRules.AB_RT_003;
import static dev.abkit.reference.runtime.RuntimeAcceptanceRules.AB_RT_004;
import static dev.abkit.reference.runtime.RuntimeAcceptanceRules.AB_RT_005;
import static dev.abkit.reference.runtime.RuntimeAcceptanceRules.AB_RT_006;
import static dev.abkit.reference.runtime.RuntimeAcceptanceRules.AB_RT_007;
import static dev.abkit.reference.runtime.RuntimeAcceptanceRules.AB_RT_008;
import static dev.abkit.reference.runtime.RuntimeAcceptanceRules.AB_RT_009;
import static dev.abkit.reference.runtime.RuntimeAcceptanceRules.AB_RT_010;
import static dev.abkit.reference.runtime.RuntimeAcceptanceRules.AB_RT_011;
import static dev.abkit.reference.runtime.RuntimeAcceptanceRules.AB_RT_012;
import static dev.abkit.reference.runtime.RuntimeAcceptanceRules.AB_RT_013;
import static dev.abkit.reference.runtime.RuntimeAcceptanceRules.AB_RT_014;
import static dev.abkit.reference.runtime.RuntimeAcceptanceRules.AB_RT_015;
import static dev.abkit.reference.runtime.RuntimeAcceptanceRules.AB_RT_016;
import static dev.abkit.reference.runtime.RuntimeAcceptanceRules.AB_RT_017;
import static dev.abkit.reference.runtime.RuntimeAcceptanceRules.AB_RT_018;
import static dev.abkit.reference.runtime.RuntimeAcceptanceRules.AB_RT_019;
import static dev.abkit.reference.runtime.RuntimeAcceptanceRules.AB_RT_020;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Variant;
import dev.abkit.encoding.Bytes;
import dev.abkit.encoding.CandidateDescriptor;
import dev.abkit.encoding.CommittedCandidateReceipt;
import dev.abkit.encoding.Receipts;
import dev.abkit.encoding.UmpSignal;
import dev.abkit.model.CandidateHash;
import dev.abkit.model.Checks;
import dev.abkit.model.HeadData;
import dev.abkit.model.Outcome;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RelayHash;
import dev.abkit.reference.prospective.ClaimQueue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The reference model of the relay-chain runtime's acceptance of backed candidates: the allowed-relay-parents
 * tracker ({@code shared.rs}), the filtering of a paras inherent's backed candidates ({@code paras_inherent},
 * {@code inclusion::verify_backed_candidate}), and the chain of candidates pending availability with prefix-only
 * enactment and timeouts. Rules AB-RT-001 .. AB-RT-014, and under the candidate-descriptor-v2 variant the checks of a
 * candidate's committed receipt AB-RT-015 .. AB-RT-020 (V2 session index, UMP signals, V2 core index against the
 * claim queue at the relay parent).
 *
 * <p>Steps are atomic: a malformed event ({@link IllegalArgumentException}) leaves the state unchanged, and a dropped
 * candidate changes nothing. Upstream reports the relay-parent rules AB-RT-001 .. AB-RT-004 all as
 * {@code DisallowedRelayParent} and AB-RT-005/AB-RT-007 both as {@code ValidationDataHashMismatch}; the model names
 * the specific rule, checking in upstream's order: duplicate, relay parent, persisted validation data, code hash,
 * para head, sizes.
 */
public final class RuntimeAcceptance {
    /** Upstream's {@code DEFAULT_CLAIM_QUEUE_OFFSET}: the offset read when a V2 candidate sends no SelectCore. */
    static final int DEFAULT_CLAIM_QUEUE_OFFSET = 0;

    private final RuntimeParams params;
    private final Checks checks;
    private final Profile profile;
    private State state;

    /** The baseline runtime. */
    public RuntimeAcceptance(RuntimeParams params, RuntimeGenesis genesis, Checks checks) {
        this(params, genesis, checks, Profile.BASELINE);
    }

    /** The runtime of {@code profile}: with candidate-descriptor-v2 it checks the receipts (AB-RT-015 .. 017). */
    public RuntimeAcceptance(RuntimeParams params, RuntimeGenesis genesis, Checks checks, Profile profile) {
        if (params == null || genesis == null || checks == null || profile == null) {
            throw new IllegalArgumentException("the runtime model needs parameters, a genesis, checks and a profile");
        }
        this.params = params;
        this.checks = checks;
        this.profile = profile;
        Map<ParaId, ParaView> paras = new TreeMap<>();
        for (ParaGenesis para : genesis.paras()) {
            paras.put(para.para(), new ParaView(para.head(), para.validationCodeHash(), para.mostRecentContext(),
                    List.of()));
        }
        Map<RelayHash, RelayBlock> known = new HashMap<>();
        known.put(genesis.block().hash(), genesis.block());
        Map<RelayBlockNumber, Integer> trackerLengths = new HashMap<>();
        trackerLengths.put(genesis.block().number(), 0);
        this.state = new State(genesis.block(), genesis.block().number(), List.of(), paras, known, trackerLengths,
                Phase.AVAILABILITY);
    }

    /** Applies one event; see {@link RuntimeEvent} for the order events of one block come in. */
    public RuntimeStep apply(RuntimeEvent event) {
        if (event instanceof RuntimeEvent.RelayBlockImported e) {
            return importBlock(e.block());
        }
        if (event instanceof RuntimeEvent.CandidatesAvailable e) {
            return makeAvailable(e.candidates());
        }
        if (event instanceof RuntimeEvent.AvailabilityTimedOut e) {
            return timeOut(e.candidates());
        }
        if (event instanceof RuntimeEvent.CandidatesBacked e) {
            return back(e.candidates());
        }
        throw new IllegalStateException("unhandled " + event);
    }

    /** The observable state. */
    public RuntimeView view() {
        return new RuntimeView(state.block, state.tracker, state.paras);
    }

    /** The relay parents allowed in the current block, oldest first (AB-RT-001). */
    public List<AllowedRelayParent> allowedRelayParents() {
        return state.tracker;
    }

    /**
     * The {@code min_relay_parent_number} the runtime reports to the node at leaf {@code leaf}, an executed block:
     * {@code leaf - min(a, tracker length after leaf)} (AB-RT-012).
     */
    public RelayBlockNumber minRelayParentNumber(RelayBlockNumber leaf) {
        Integer length = state.trackerLengths.get(leaf);
        if (length == null) {
            throw new IllegalArgumentException("expected an executed relay block but was " + leaf
                    + " (executed: up to " + state.block.number() + ")");
        }
        checks.held(AB_RT_012);
        return leaf.minus(Math.min(params.allowedAncestryLen(), length));
    }

    private RuntimeStep importBlock(RelayBlock block) {
        State next = state.copy();
        if (!block.number().equals(state.block.number().plus(1))) {
            throw new IllegalArgumentException("expected relay block " + state.block.number().plus(1)
                    + " but was " + block.number());
        }
        if (block.session() < state.block.session()) {
            throw new IllegalArgumentException("expected session " + state.block.session() + " or later but was "
                    + block.session() + " at block " + block.number());
        }
        if (state.known.containsKey(block.hash())) {
            throw new IllegalArgumentException("relay block hash " + block.hash() + " was already imported");
        }
        List<CandidateHash> dropped = new ArrayList<>();
        List<AllowedRelayParent> tracker = new ArrayList<>(state.tracker);
        if (block.session() > state.block.session()) {
            // The session change is applied at the end of the last block of the old session, so the first block of the
            // new one starts from an empty tracker and no candidates pending availability.
            tracker.clear();
            // The runtime API at the old session's last block already sees the cleared tracker (AB-RT-012).
            next.trackerLengths.put(state.block.number(), 0);
            next.sessionStart = block.number();
            for (Map.Entry<ParaId, ParaView> entry : state.paras.entrySet()) {
                for (PendingCandidate candidate : entry.getValue().pending()) {
                    checks.fired(AB_RT_002);
                    dropped.add(candidate.hash());
                }
                next.paras.put(entry.getKey(), entry.getValue().withPending(List.of()));
            }
        }
        tracker.add(AllowedRelayParent.of(state.block));
        while (tracker.size() > params.allowedAncestryLen() + 1) {
            tracker.remove(0);
        }
        next.block = block;
        next.tracker = List.copyOf(tracker);
        next.known.put(block.hash(), block);
        next.trackerLengths.put(block.number(), tracker.size());
        next.phase = Phase.AVAILABILITY;
        state = next;
        return new RuntimeStep(List.of(), List.of(), dropped);
    }

    private RuntimeStep makeAvailable(List<CandidateHash> candidates) {
        requirePhase(Phase.AVAILABILITY, "availability");
        Set<CandidateHash> available = new HashSet<>(candidates);
        requirePending(available);
        State next = state.copy();
        List<CandidateHash> included = new ArrayList<>();
        for (Map.Entry<ParaId, ParaView> entry : state.paras.entrySet()) {
            ParaView para = entry.getValue();
            List<PendingCandidate> pending = new ArrayList<>();
            for (PendingCandidate candidate : para.pending()) {
                pending.add(available.contains(candidate.hash()) ? candidate.markAvailable() : candidate);
            }
            int prefix = 0;
            while (prefix < pending.size() && pending.get(prefix).available()) {
                prefix++;
            }
            for (int i = prefix; i < pending.size(); i++) {
                if (pending.get(i).available()) {
                    // Available but waiting for an earlier candidate of the para to become available.
                    checks.fired(AB_RT_013);
                }
            }
            HeadData head = para.head();
            RelayBlockNumber context = para.mostRecentContext();
            for (PendingCandidate candidate : pending.subList(0, prefix)) {
                checks.held(AB_RT_013);
                head = candidate.outputHead();
                context = candidate.relayParentNumber();
                included.add(candidate.hash());
            }
            next.paras.put(entry.getKey(), new ParaView(head, para.validationCodeHash(), context,
                    pending.subList(prefix, pending.size())));
        }
        next.phase = Phase.AVAILABILITY;
        state = next;
        return new RuntimeStep(List.of(), included, List.of());
    }

    private RuntimeStep timeOut(List<CandidateHash> candidates) {
        requirePhase(Phase.TIMEOUTS, "timeouts");
        Set<CandidateHash> timedOut = new HashSet<>(candidates);
        requirePending(timedOut);
        State next = state.copy();
        List<CandidateHash> dropped = new ArrayList<>();
        for (Map.Entry<ParaId, ParaView> entry : state.paras.entrySet()) {
            List<PendingCandidate> pending = entry.getValue().pending();
            int first = 0;
            while (first < pending.size() && !timedOut.contains(pending.get(first).hash())) {
                first++;
            }
            for (PendingCandidate candidate : pending.subList(first, pending.size())) {
                // Fired for a candidate not timed out itself that builds on one that is gone.
                checks.report(AB_RT_014, timedOut.contains(candidate.hash()));
                dropped.add(candidate.hash());
            }
            next.paras.put(entry.getKey(), entry.getValue().withPending(pending.subList(0, first)));
        }
        next.phase = Phase.TIMEOUTS;
        state = next;
        return new RuntimeStep(List.of(), List.of(), dropped);
    }

    private RuntimeStep back(List<BackedCandidate> candidates) {
        requirePhase(Phase.BACKED, "backed candidates");
        for (BackedCandidate candidate : candidates) {
            if (!state.paras.containsKey(candidate.para())) {
                throw new IllegalArgumentException("expected a registered para but was " + candidate.para()
                        + " for candidate " + candidate.hash() + " (registered: " + state.paras.keySet() + ")");
            }
        }
        State next = state.copy();
        Map<ParaId, ParaBatch> batches = new LinkedHashMap<>();
        List<CandidateVerdict> verdicts = new ArrayList<>();
        for (BackedCandidate candidate : candidates) {
            ParaBatch batch = batches.computeIfAbsent(candidate.para(), p -> new ParaBatch(state.paras.get(p)));
            Outcome outcome = batch.consider(candidate);
            verdicts.add(new CandidateVerdict(candidate.hash(), candidate.para(), outcome));
        }
        for (Map.Entry<ParaId, ParaBatch> entry : batches.entrySet()) {
            ParaView para = state.paras.get(entry.getKey());
            List<PendingCandidate> pending = new ArrayList<>(para.pending());
            for (BackedCandidate accepted : entry.getValue().accepted) {
                pending.add(new PendingCandidate(accepted.hash(), accepted.validationData().relayParentNumber(),
                        accepted.outputHead(), state.block.number(), false));
            }
            next.paras.put(entry.getKey(), para.withPending(pending));
        }
        next.phase = Phase.BACKED;
        state = next;
        return new RuntimeStep(verdicts, List.of(), List.of());
    }

    private void requirePhase(Phase phase, String what) {
        if (state.phase == Phase.BACKED || state.phase.compareTo(phase) > 0) {
            throw new IllegalArgumentException("expected no " + what + " in block " + state.block.number()
                    + " after its " + state.phase.label
                    + " (order within a block: availability, timeouts, one batch of backed candidates)");
        }
    }

    private void requirePending(Set<CandidateHash> hashes) {
        Set<CandidateHash> pending = new HashSet<>();
        state.paras.values().forEach(p -> p.pending().forEach(c -> pending.add(c.hash())));
        for (CandidateHash hash : hashes) {
            if (!pending.contains(hash)) {
                throw new IllegalArgumentException("expected a candidate pending availability but was " + hash);
            }
        }
    }

    /** The candidates of one para in one inherent, checked in order against a context that advances with each. */
    private final class ParaBatch {
        private final List<BackedCandidate> accepted = new ArrayList<>();
        private final Set<CandidateHash> seen = new HashSet<>();
        private HeadData parentHead;
        private RelayBlockNumber context;
        private boolean hasFailed;
        private String failure = "";

        ParaBatch(ParaView para) {
            this.parentHead = para.latestHead();
            this.context = para.latestContext();
        }

        Outcome consider(BackedCandidate candidate) {
            if (hasFailed) {
                checks.fired(AB_RT_011);
                return Outcome.rejected(AB_RT_011, "dropped after " + failure);
            }
            if (!accepted.isEmpty()) {
                checks.held(AB_RT_011);
            }
            Outcome outcome = Checks.decide(() -> verify(candidate));
            if (outcome instanceof Outcome.Rejected rejected) {
                hasFailed = true;
                failure = "candidate " + candidate.hash() + " of " + candidate.para() + " broke " + rejected.rule();
            } else {
                seen.add(candidate.hash());
                accepted.add(candidate);
                parentHead = candidate.outputHead();
                context = candidate.validationData().relayParentNumber();
            }
            return outcome;
        }

        private void verify(BackedCandidate candidate) {
            if (profile.has(Variant.CANDIDATE_DESCRIPTOR_V2) && candidate.receipt().isPresent()) {
                verifyReceipt(candidate.para(), Receipts.decode(candidate.receipt()));
            }
            checks.require(AB_RT_006, !seen.contains(candidate.hash()),
                    "candidate %s appears twice among the candidates of %s", candidate.hash(), candidate.para());
            AllowedRelayParent relayParent = allowedRelayParent(candidate);
            RelayBlockNumber number = relayParent.number();
            if (accepted.isEmpty()) {
                checks.require(AB_RT_003, !number.isBefore(context),
                        "relay parent %s is before the latest context %s of %s", number, context, candidate.para());
            } else {
                checks.require(AB_RT_004, !number.isBefore(context),
                        "relay parent %s is before %s, of the previous candidate of %s in the inherent",
                        number, context, candidate.para());
            }
            PersistedValidationData data = candidate.validationData();
            checks.require(AB_RT_005, data.parentHead().equals(parentHead),
                    "expected parent head %s but was %s", parentHead, data.parentHead());
            PersistedValidationData expected = new PersistedValidationData(
                    parentHead, relayParent.number(), relayParent.stateRoot(), params.maxPovSize());
            checks.require(AB_RT_007, data.equals(expected),
                    "expected persisted validation data %s but was %s", expected, data);
            ParaView para = state.paras.get(candidate.para());
            checks.require(AB_RT_008, candidate.validationCodeHash().equals(para.validationCodeHash()),
                    "expected validation code hash %s but was %s", para.validationCodeHash(),
                    candidate.validationCodeHash());
            checks.require(AB_RT_009, candidate.paraHead().equals(BackedCandidate.headHash(candidate.outputHead())),
                    "descriptor para head %s is not the hash %s of the output head", candidate.paraHead(),
                    BackedCandidate.headHash(candidate.outputHead()));
            checks.require(AB_RT_010, candidate.outputHead().size() <= params.maxHeadDataSize(),
                    "head data of %d bytes > max_head_data_size %d", candidate.outputHead().size(),
                    params.maxHeadDataSize());
            checks.require(AB_RT_010, candidate.newCodeSize() <= params.maxCodeSize(),
                    "new code of %d bytes > max_code_size %d", candidate.newCodeSize(), params.maxCodeSize());
        }

        /**
         * The receipt checks of RFC 103 receipts, in upstream's order ({@code sanitize_backed_candidate_v2} calls
         * {@code parse_ump_signals}, then compares the session): the signals after the separator, no signal with V1,
         * the V2 core index against the claim queue at the relay parent, the V2 session index.
         */
        private void verifyReceipt(ParaId para, CommittedCandidateReceipt receipt) {
            List<Bytes> signals = UmpSignal.afterSeparator(receipt.commitments().upwardMessages());
            Optional<UmpSignal.SelectCore> selectCore = Optional.empty();
            boolean hasApprovedPeer = false;
            for (int i = 0; i < Math.min(2, signals.size()); i++) {
                Optional<UmpSignal> signal = UmpSignal.read(signals.get(i));
                checks.require(AB_RT_016, signal.isPresent(), "an element after the UMP separator (%s) is not a UMP"
                        + " signal", signals.get(i));
                if (signal.get() instanceof UmpSignal.SelectCore select) {
                    checks.require(AB_RT_016, selectCore.isEmpty(), "a second SelectCore signal after the UMP"
                            + " separator");
                    selectCore = Optional.of(select);
                } else {
                    checks.require(AB_RT_016, !hasApprovedPeer, "a second ApprovedPeer signal after the UMP separator");
                    hasApprovedPeer = true;
                }
            }
            checks.require(AB_RT_016, signals.size() <= 2, "%d elements after the UMP separator, at most 2 signals",
                    signals.size());
            if (receipt.descriptor() instanceof CandidateDescriptor.V1) {
                checks.require(AB_RT_017, signals.isEmpty(), "%d UMP signals with a V1 descriptor", signals.size());
            }
            if (receipt.descriptor() instanceof CandidateDescriptor.V2 v2) {
                if (params.claimQueue().isStated()) {
                    verifyCoreIndex(para, v2.coreIndex(), selectCore);
                }
                long session = state.block.session();
                checks.require(AB_RT_015, v2.sessionIndex() == session,
                        "the V2 descriptor names session %d but relay block %s executes in session %d",
                        v2.sessionIndex(), state.block.number(), session);
            }
        }

        /**
         * Upstream's {@code check_core_index}: the para's cores at the selected claim-queue offset (the SelectCore
         * signal's, 0 without one) of the claim queue at the relay parent, in
         * ascending order; the selector picks one of them modulo their number, and without a selector a single core
         * is picked while among several any of them is accepted.
         */
        private void verifyCoreIndex(ParaId para, int descriptorCore, Optional<UmpSignal.SelectCore> selectCore) {
            int offset = selectCore.map(UmpSignal.SelectCore::claimQueueOffset).orElse(DEFAULT_CLAIM_QUEUE_OFFSET);
            List<Integer> cores = coresAt(params.claimQueue(), para, offset);
            checks.require(AB_RT_018, !cores.isEmpty(), "%s holds no core at claim-queue offset %d of the claim queue"
                    + " at the relay parent", para, offset);
            if (selectCore.isEmpty() && cores.size() > 1) {
                checks.require(AB_RT_020, cores.contains(descriptorCore), "the V2 descriptor names core %d, not one of"
                        + " the cores %s of %s at claim-queue offset %d", descriptorCore, cores, para, offset);
                return;
            }
            int selector = selectCore.map(UmpSignal.SelectCore::coreSelector).orElse(0);
            int committed = cores.get(selector % cores.size());
            checks.require(AB_RT_019, descriptorCore == committed, "the V2 descriptor names core %d but selector %d"
                    + " picks core %d of the cores %s of %s at claim-queue offset %d", descriptorCore, selector,
                    committed, cores, para, offset);
        }

        private AllowedRelayParent allowedRelayParent(BackedCandidate candidate) {
            Optional<AllowedRelayParent> entry = state.tracker.stream()
                    .filter(rp -> rp.hash().equals(candidate.relayParent()))
                    .findFirst();
            if (entry.isPresent()) {
                checks.held(AB_RT_001);
                checks.held(AB_RT_002);
                return entry.get();
            }
            RelayBlock known = state.known.get(candidate.relayParent());
            RelayBlockNumber earliest = state.block.number().minus(1 + (long) params.allowedAncestryLen());
            boolean inWindow = known != null && !known.number().isBefore(earliest)
                    && known.number().isBefore(state.block.number());
            // Within the a+1 window but not tracked: only a session change removes such a block.
            checks.require(AB_RT_002, !inWindow, "relay parent %s (%s) precedes block %s, the parent of the session's "
                    + "first block", candidate.relayParent(), known == null ? "unknown" : known.number(),
                    state.sessionStart.minus(1));
            checks.require(AB_RT_001, false, "relay parent %s (%s) is not among the allowed relay parents %s .. %s "
                    + "of block %s",
                    candidate.relayParent(), known == null ? "unknown block" : known.number(), earliest,
                    state.block.number().minus(1), state.block.number());
            throw new IllegalStateException("unreachable: AB-RT-001 fired");
        }
    }

    /**
     * The cores on which {@code para} holds the claim at {@code depth} of {@code queue}, ascending: one depth of
     * upstream's transposed claim queue ({@code transpose_claim_queue}, a {@code BTreeSet} of core indices).
     */
    static List<Integer> coresAt(ClaimQueue queue, ParaId para, int depth) {
        List<Integer> cores = new ArrayList<>();
        for (int core = 0; core < queue.cores().size(); core++) {
            List<ParaId> claims = queue.cores().get(core);
            if (depth < claims.size() && claims.get(depth).equals(para)) {
                cores.add(core);
            }
        }
        return cores;
    }

    private enum Phase {
        AVAILABILITY("availability"), TIMEOUTS("timeouts"), BACKED("backed candidates");

        private final String label;

        Phase(String label) {
            this.label = label;
        }
    }

    /** The full model state; copied before a step so that a failing step leaves the current one untouched. */
    private static final class State {
        private RelayBlock block;
        private RelayBlockNumber sessionStart;
        private List<AllowedRelayParent> tracker;
        private final Map<ParaId, ParaView> paras;
        private final Map<RelayHash, RelayBlock> known;
        private final Map<RelayBlockNumber, Integer> trackerLengths;
        private Phase phase;

        State(RelayBlock block, RelayBlockNumber sessionStart, List<AllowedRelayParent> tracker,
                Map<ParaId, ParaView> paras, Map<RelayHash, RelayBlock> known,
                Map<RelayBlockNumber, Integer> trackerLengths, Phase phase) {
            this.block = block;
            this.sessionStart = sessionStart;
            this.tracker = List.copyOf(tracker);
            this.paras = new TreeMap<>(paras);
            this.known = new HashMap<>(known);
            this.trackerLengths = new HashMap<>(trackerLengths);
            this.phase = phase;
        }

        State copy() {
            return new State(block, sessionStart, tracker, paras, known, trackerLengths, phase);
        }
    }
}

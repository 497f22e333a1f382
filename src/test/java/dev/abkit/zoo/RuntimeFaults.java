package dev.abkit.zoo;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Subject;
import dev.abkit.catalog.Variant;
import dev.abkit.encoding.Bytes;
import dev.abkit.encoding.CandidateDescriptor;
import dev.abkit.encoding.CommittedCandidateReceipt;
import dev.abkit.encoding.ReceiptCommitments;
import dev.abkit.encoding.Receipts;
import dev.abkit.encoding.UmpSignal;
import dev.abkit.model.EncodedReceipt;
import dev.abkit.model.CandidateHash;
import dev.abkit.model.Outcome;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RuleProbe;
import dev.abkit.reference.prospective.ClaimQueue;
import dev.abkit.reference.runtime.AllowedRelayParent;
import dev.abkit.reference.runtime.BackedCandidate;
import dev.abkit.reference.runtime.CandidateVerdict;
import dev.abkit.reference.runtime.ParaGenesis;
import dev.abkit.reference.runtime.ParaView;
import dev.abkit.reference.runtime.PendingCandidate;
import dev.abkit.reference.runtime.RelayBlock;
import dev.abkit.reference.runtime.RuntimeAcceptanceRules;
import dev.abkit.reference.runtime.RuntimeGenesis;
import dev.abkit.reference.runtime.RuntimeParams;
import dev.abkit.spi.Capabilities;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.ReferenceImplementation;
import dev.abkit.spi.RuntimeAcceptanceSubject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/** Faulty relay runtimes (area RT): each the reference runtime with one bug of its acceptance of backed candidates. */
final class RuntimeFaults {
    private static final ReferenceImplementation REFERENCE = new ReferenceImplementation(Profile.BASELINE,
            RuleProbe.NONE);
    private static final Profile RECEIPTS_V2 = Profile.of(Variant.CANDIDATE_DESCRIPTOR_V2);
    private static final ReferenceImplementation REFERENCE_V2 = new ReferenceImplementation(RECEIPTS_V2,
            RuleProbe.NONE);

    private RuntimeFaults() {
    }

    static List<Fault> all() {
        return List.of(
                fault("TrackerOneBlockTooWide", RuntimeAcceptanceRules.AB_RT_001,
                        "the allowed relay parents reach one ancestor further back than allowed_ancestry_len",
                        (params, genesis) -> REFERENCE.runtimeAcceptance(withAncestry(params,
                                params.allowedAncestryLen() + 1), genesis)),
                fault("TrackerOneBlockTooNarrow", RuntimeAcceptanceRules.AB_RT_001,
                        "the allowed relay parents stop one ancestor short of allowed_ancestry_len",
                        (params, genesis) -> REFERENCE.runtimeAcceptance(withAncestry(params,
                                Math.max(0, params.allowedAncestryLen() - 1)), genesis)),
                fault("SessionChangeKeepsAllowedRelayParents", RuntimeAcceptanceRules.AB_RT_002,
                        "a session change drops the pending candidates but not the allowed relay parents",
                        SessionChangeKeepsAllowedRelayParents::new),
                fault("EqualRelayParentRejected", RuntimeAcceptanceRules.AB_RT_003,
                        "a relay parent equal to the para's latest context is refused (> instead of >=)",
                        (params, genesis) -> new EqualRelayParentRejected(
                                REFERENCE.runtimeAcceptance(params, genesis))),
                fault("TimeoutDropsEarlierCandidates", RuntimeAcceptanceRules.AB_RT_014,
                        "an availability timeout drops the para's whole pending chain, earlier candidates too",
                        (params, genesis) -> new TimeoutDropsEarlierCandidates(
                                REFERENCE.runtimeAcceptance(params, genesis), genesis)),
                fault("DescriptorSessionUnchecked", RuntimeAcceptanceRules.AB_RT_015,
                        "a V2 descriptor's session index is never compared with the including block's session",
                        RECEIPTS_V2, (params, genesis) -> new DescriptorSessionUnchecked(
                                REFERENCE_V2.runtimeAcceptance(params, genesis), genesis)),
                fault("SecondSignalUnread", RuntimeAcceptanceRules.AB_RT_016,
                        "only the first element after the UMP separator is read as a signal, the rest is ignored",
                        RECEIPTS_V2, (params, genesis) -> new ReceiptRewriting(
                                REFERENCE_V2.runtimeAcceptance(params, genesis),
                                receipt -> withUpward(receipt, firstSignalOnly(receipt)))),
                fault("SignalsAcceptedWithV1", RuntimeAcceptanceRules.AB_RT_017,
                        "UMP signals are checked with a V2 descriptor only, a V1 descriptor's signals are ignored",
                        RECEIPTS_V2, (params, genesis) -> new ReceiptRewriting(
                                REFERENCE_V2.runtimeAcceptance(params, genesis),
                                receipt -> receipt.descriptor() instanceof CandidateDescriptor.V1
                                        ? withUpward(receipt, messagesOnly(receipt)) : receipt)),
                fault("OffsetPastQueueReadsLastDepth", RuntimeAcceptanceRules.AB_RT_018,
                        "a claim-queue offset past the queue's length reads the last depth instead of finding no core",
                        RECEIPTS_V2, (params, genesis) -> REFERENCE_V2.runtimeAcceptance(
                                params.withClaimQueue(lastDepthRepeated(params.claimQueue())), genesis)),
                fault("SelectorIgnored", RuntimeAcceptanceRules.AB_RT_019,
                        "the descriptor's core need only be one of the para's cores at the offset; the selector is"
                                + " not read",
                        RECEIPTS_V2, (params, genesis) -> new ReceiptRewriting(
                                REFERENCE_V2.runtimeAcceptance(params, genesis),
                                receipt -> selectorOfDescriptorCore(receipt, params.claimQueue()))),
                fault("SelectorZeroAssumed", RuntimeAcceptanceRules.AB_RT_020,
                        "without a SelectCore signal selector 0 at offset 0 is assumed, even when the para holds"
                                + " several cores",
                        RECEIPTS_V2, (params, genesis) -> new ReceiptRewriting(
                                REFERENCE_V2.runtimeAcceptance(params, genesis),
                                RuntimeFaults::withSelectorZero)));
    }

    /** Each core's claims continued with its last claim up to offset 255, the largest a SelectCore can name. */
    private static ClaimQueue lastDepthRepeated(ClaimQueue queue) {
        if (!queue.isStated()) {
            return queue;
        }
        List<List<ParaId>> cores = new ArrayList<>();
        for (List<ParaId> claims : queue.cores()) {
            List<ParaId> longer = new ArrayList<>(claims);
            while (!claims.isEmpty() && longer.size() < 256) {
                longer.add(claims.get(claims.size() - 1));
            }
            cores.add(longer);
        }
        return new ClaimQueue(cores, 256);
    }

    private static Optional<UmpSignal.SelectCore> selectCore(CommittedCandidateReceipt receipt) {
        for (Bytes element : UmpSignal.afterSeparator(receipt.commitments().upwardMessages())) {
            if (UmpSignal.read(element).orElse(null) instanceof UmpSignal.SelectCore select) {
                return Optional.of(select);
            }
        }
        return Optional.empty();
    }

    /** A V2 receipt's SelectCore rewritten to pick the descriptor's core whenever the para holds it at the offset. */
    private static CommittedCandidateReceipt selectorOfDescriptorCore(CommittedCandidateReceipt receipt,
            ClaimQueue queue) {
        Optional<UmpSignal.SelectCore> select = selectCore(receipt);
        if (!(receipt.descriptor() instanceof CandidateDescriptor.V2 v2) || select.isEmpty()) {
            return receipt;
        }
        int offset = select.get().claimQueueOffset();
        List<Integer> cores = new ArrayList<>();
        for (int core = 0; core < queue.cores().size(); core++) {
            List<ParaId> claims = queue.cores().get(core);
            if (offset < claims.size() && claims.get(offset).value() == v2.paraId()) {
                cores.add(core);
            }
        }
        int position = cores.indexOf(v2.coreIndex());
        if (position < 0) {
            return receipt;
        }
        Bytes original = select.get().encode();
        Bytes picking = new UmpSignal.SelectCore(position, offset).encode();
        return withUpward(receipt, receipt.commitments().upwardMessages().stream()
                .map(m -> m.equals(original) ? picking : m).toList());
    }

    /** A V2 receipt without a SelectCore signal given SelectCore(0, 0) after the separator. */
    private static CommittedCandidateReceipt withSelectorZero(CommittedCandidateReceipt receipt) {
        if (!(receipt.descriptor() instanceof CandidateDescriptor.V2) || selectCore(receipt).isPresent()) {
            return receipt;
        }
        List<Bytes> upward = new ArrayList<>(receipt.commitments().upwardMessages());
        if (!upward.contains(Bytes.EMPTY)) {
            upward.add(Bytes.EMPTY);
        }
        upward.add(upward.indexOf(Bytes.EMPTY) + 1, new UmpSignal.SelectCore(0, 0).encode());
        return withUpward(receipt, upward);
    }

    /** The upward messages up to and including the separator and the first element after it. */
    private static List<Bytes> firstSignalOnly(CommittedCandidateReceipt receipt) {
        List<Bytes> upward = receipt.commitments().upwardMessages();
        int separator = upward.indexOf(Bytes.EMPTY);
        return separator < 0 ? upward : upward.subList(0, Math.min(upward.size(), separator + 2));
    }

    /** The upward messages before the separator. */
    private static List<Bytes> messagesOnly(CommittedCandidateReceipt receipt) {
        List<Bytes> upward = receipt.commitments().upwardMessages();
        int separator = upward.indexOf(Bytes.EMPTY);
        return separator < 0 ? upward : upward.subList(0, separator);
    }

    private static CommittedCandidateReceipt withUpward(CommittedCandidateReceipt receipt, List<Bytes> upward) {
        ReceiptCommitments c = receipt.commitments();
        return new CommittedCandidateReceipt(receipt.descriptor(), new ReceiptCommitments(upward,
                c.horizontalMessages(), c.newValidationCode(), c.hasNewValidationCode(), c.headData(),
                c.processedDownwardMessages(), c.hrmpWatermark()));
    }

    private static Fault fault(String name, RuleId rule, String description, Profile profile,
            BiFunction<RuntimeParams, RuntimeGenesis, RuntimeAcceptanceSubject> factory) {
        return new Fault(name, rule, description, new Implementation() {
            @Override
            public Capabilities capabilities() {
                return new Capabilities(name, "0", profile, EnumSet.of(Subject.RUNTIME_ACCEPTANCE), true);
            }

            @Override
            public RuntimeAcceptanceSubject runtimeAcceptance(RuntimeParams params, RuntimeGenesis genesis) {
                return factory.apply(params, genesis);
            }
        });
    }

    private static RuntimeParams withAncestry(RuntimeParams params, int ancestry) {
        return new RuntimeParams(ancestry, params.maxHeadDataSize(), params.maxCodeSize(), params.maxPovSize(),
                params.claimQueue());
    }

    private static Fault fault(String name, RuleId rule, String description,
            BiFunction<RuntimeParams, RuntimeGenesis, RuntimeAcceptanceSubject> factory) {
        return new Fault(name, rule, description, new Implementation() {
            @Override
            public Capabilities capabilities() {
                return new Capabilities(name, "0", Profile.BASELINE, EnumSet.of(Subject.RUNTIME_ACCEPTANCE), true);
            }

            @Override
            public RuntimeAcceptanceSubject runtimeAcceptance(RuntimeParams params, RuntimeGenesis genesis) {
                return factory.apply(params, genesis);
            }
        });
    }

    /** Passes every call to the reference; a fault overrides the call it breaks. */
    private abstract static class Delegating implements RuntimeAcceptanceSubject {
        final RuntimeAcceptanceSubject delegate;

        Delegating(RuntimeAcceptanceSubject delegate) {
            this.delegate = delegate;
        }

        @Override
        public List<CandidateHash> importBlock(RelayBlock block) {
            return delegate.importBlock(block);
        }

        @Override
        public List<CandidateHash> candidatesAvailable(List<CandidateHash> candidates) {
            return delegate.candidatesAvailable(candidates);
        }

        @Override
        public List<CandidateHash> availabilityTimedOut(List<CandidateHash> candidates) {
            return delegate.availabilityTimedOut(candidates);
        }

        @Override
        public List<CandidateVerdict> candidatesBacked(List<BackedCandidate> candidates) {
            return delegate.candidatesBacked(candidates);
        }

        @Override
        public List<AllowedRelayParent> allowedRelayParents() {
            return delegate.allowedRelayParents();
        }

        @Override
        public RelayBlockNumber minRelayParentNumber() {
            return delegate.minRelayParentNumber();
        }

        @Override
        public ParaView para(ParaId para) {
            return delegate.para(para);
        }
    }

    /**
     * AB-RT-002: the session change drops the candidates pending availability but forgets to clear the allowed relay
     * parents, so the old session's blocks stay allowed while within a blocks.
     */
    private static final class SessionChangeKeepsAllowedRelayParents extends Delegating {
        private final RuntimeGenesis genesis;
        private long session;

        SessionChangeKeepsAllowedRelayParents(RuntimeParams params, RuntimeGenesis genesis) {
            super(REFERENCE.runtimeAcceptance(params, genesis));
            this.genesis = genesis;
            this.session = genesis.block().session();
        }

        @Override
        public List<CandidateHash> importBlock(RelayBlock block) {
            boolean newSession = block.session() > session;
            session = block.session();
            delegate.importBlock(new RelayBlock(block.number(), block.hash(), block.stateRoot(),
                    genesis.block().session()));
            if (!newSession) {
                return List.of();
            }
            List<CandidateHash> firsts = new ArrayList<>();
            for (ParaGenesis para : genesis.paras()) {
                List<PendingCandidate> pending = delegate.para(para.para()).pending();
                if (!pending.isEmpty()) {
                    firsts.add(pending.get(0).hash());
                }
            }
            return firsts.isEmpty() ? List.of() : delegate.availabilityTimedOut(firsts);
        }
    }

    /**
     * AB-RT-003: the first candidate of a para must have a relay parent strictly newer than the para's latest context
     * ({@code >} where the runtime has {@code >=}).
     */
    private static final class EqualRelayParentRejected extends Delegating {
        EqualRelayParentRejected(RuntimeAcceptanceSubject delegate) {
            super(delegate);
        }

        @Override
        public List<CandidateVerdict> candidatesBacked(List<BackedCandidate> candidates) {
            Map<CandidateHash, Outcome> dropped = new HashMap<>();
            Set<ParaId> seen = new HashSet<>();
            Set<ParaId> failed = new HashSet<>();
            List<BackedCandidate> passed = new ArrayList<>();
            for (BackedCandidate c : candidates) {
                if (failed.contains(c.para())) {
                    dropped.put(c.hash(), Outcome.rejected(RuntimeAcceptanceRules.AB_RT_011, "after a dropped one"));
                    continue;
                }
                if (seen.add(c.para()) && isEqualToContext(c)) {
                    failed.add(c.para());
                    dropped.put(c.hash(), Outcome.rejected(RuntimeAcceptanceRules.AB_RT_003, "not newer"));
                    continue;
                }
                passed.add(c);
            }
            Map<CandidateHash, CandidateVerdict> judged = new HashMap<>();
            delegate.candidatesBacked(passed).forEach(v -> judged.put(v.candidate(), v));
            List<CandidateVerdict> verdicts = new ArrayList<>();
            for (BackedCandidate c : candidates) {
                verdicts.add(dropped.containsKey(c.hash()) && !judged.containsKey(c.hash())
                        ? new CandidateVerdict(c.hash(), c.para(), dropped.get(c.hash()))
                        : judged.get(c.hash()));
            }
            return verdicts;
        }

        private boolean isEqualToContext(BackedCandidate c) {
            return delegate.allowedRelayParents().stream()
                    .filter(rp -> rp.hash().equals(c.relayParent()))
                    .anyMatch(rp -> rp.number().equals(delegate.para(c.para()).latestContext()));
        }
    }

    /** AB-RT-014: a timeout drops the para's whole pending chain, the earlier candidates as well. */
    private static final class TimeoutDropsEarlierCandidates extends Delegating {
        private final RuntimeGenesis genesis;

        TimeoutDropsEarlierCandidates(RuntimeAcceptanceSubject delegate, RuntimeGenesis genesis) {
            super(delegate);
            this.genesis = genesis;
        }

        @Override
        public List<CandidateHash> availabilityTimedOut(List<CandidateHash> candidates) {
            Set<CandidateHash> widened = new LinkedHashSet<>();
            for (ParaGenesis para : genesis.paras()) {
                List<PendingCandidate> pending = delegate.para(para.para()).pending();
                if (pending.stream().anyMatch(p -> candidates.contains(p.hash()))) {
                    widened.add(pending.get(0).hash());
                }
            }
            return delegate.availabilityTimedOut(List.copyOf(widened));
        }
    }

    /**
     * Judges each candidate by a rewritten receipt (the hash stays the one the candidate names): the bug reads less of
     * the receipt than the runtime must.
     */
    private static class ReceiptRewriting extends Delegating {
        private final UnaryOperator<CommittedCandidateReceipt> rewrite;

        ReceiptRewriting(RuntimeAcceptanceSubject delegate, UnaryOperator<CommittedCandidateReceipt> rewrite) {
            super(delegate);
            this.rewrite = rewrite;
        }

        @Override
        public List<CandidateVerdict> candidatesBacked(List<BackedCandidate> candidates) {
            List<BackedCandidate> rewritten = new ArrayList<>();
            for (BackedCandidate c : candidates) {
                if (!c.receipt().isPresent()) {
                    rewritten.add(c);
                    continue;
                }
                CommittedCandidateReceipt receipt = rewrite.apply(Receipts.decode(c.receipt()));
                rewritten.add(new BackedCandidate(c.hash(), c.para(), c.relayParent(), c.validationData(),
                        c.outputHead(), c.paraHead(), c.validationCodeHash(), c.newCodeSize(),
                        new EncodedReceipt("0x" + HexFormat.of().formatHex(receipt.encode()))));
            }
            return delegate.candidatesBacked(rewritten);
        }
    }

    /** AB-RT-015: a V2 descriptor is read as if it named the session of the including block. */
    private static final class DescriptorSessionUnchecked extends ReceiptRewriting {
        private final long[] session;

        DescriptorSessionUnchecked(RuntimeAcceptanceSubject delegate, RuntimeGenesis genesis) {
            this(delegate, new long[] {genesis.block().session()});
        }

        private DescriptorSessionUnchecked(RuntimeAcceptanceSubject delegate, long[] session) {
            super(delegate, receipt -> receipt.descriptor() instanceof CandidateDescriptor.V2 d
                    ? new CommittedCandidateReceipt(new CandidateDescriptor.V2(d.paraId(), d.relayParent(),
                            d.version(), d.coreIndex(), session[0], d.persistedValidationDataHash(), d.povHash(),
                            d.erasureRoot(), d.paraHead(), d.validationCodeHash()), receipt.commitments())
                    : receipt);
            this.session = session;
        }

        @Override
        public List<CandidateHash> importBlock(RelayBlock block) {
            session[0] = block.session();
            return delegate.importBlock(block);
        }
    }
}

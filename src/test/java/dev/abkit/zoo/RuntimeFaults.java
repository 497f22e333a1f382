package dev.abkit.zoo;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Subject;
import dev.abkit.model.CandidateHash;
import dev.abkit.model.Outcome;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RuleProbe;
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
import java.util.function.BiFunction;

/** Faulty relay runtimes (area RT): each the reference runtime with one bug of its acceptance of backed candidates. */
final class RuntimeFaults {
    private static final ReferenceImplementation REFERENCE = new ReferenceImplementation(Profile.BASELINE,
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
                                REFERENCE.runtimeAcceptance(params, genesis), genesis)));
    }

    private static RuntimeParams withAncestry(RuntimeParams params, int ancestry) {
        return new RuntimeParams(ancestry, params.maxHeadDataSize(), params.maxCodeSize(), params.maxPovSize());
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
}

package dev.abkit.reference.prospective;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.RuleId;
import dev.abkit.model.CandidateHash;
import dev.abkit.model.Checks;
import dev.abkit.model.Hash32;
import dev.abkit.model.HeadData;
import dev.abkit.model.Outcome;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RelayHash;
import dev.abkit.reference.constraints.CandidateCommitments;
import dev.abkit.reference.constraints.Constraints;
import dev.abkit.reference.constraints.InclusionEmulator;
import dev.abkit.reference.constraints.PersistedValidationData;
import dev.abkit.reference.constraints.ValidationCodeHash;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Shared vocabulary of the prospective-parachains tests: one para, a linear relay chain r0, r1, ... in session 0,
 * candidates with hashes of known order, and shortcuts for events and observations.
 */
final class Fixture {
    static final ParaId PARA = ParaId.of(100);
    static final ValidationCodeHash CODE = ValidationCodeHash.ofLabel("code");
    static final long POV = Constraints.DEFAULT_LIMIT;
    static final HeadData INCLUDED = HeadData.ofLabel("included");

    final ProspectiveParachains model;

    Fixture(int depth, int ancestry) {
        this(new AsyncBackingParams(depth, ancestry), Profile.BASELINE);
    }

    /** A fixture of {@code profile} with {@code params}. */
    Fixture(AsyncBackingParams params, Profile profile) {
        Checks checks = Checks.unobserved();
        this.model = new ProspectiveParachains(params, checks, new InclusionEmulator(checks), profile);
    }

    static HeadData head(String label) {
        return HeadData.ofLabel(label);
    }

    /** Block rN of the main relay chain, in session 0. */
    static RelayBlock block(long number) {
        return RelayBlock.ofLabel("r" + number, number, "r" + (number - 1), 0);
    }

    /** The first {@code count} ancestors of rN, parent first. */
    static List<RelayBlock> ancestors(long number, int count) {
        List<RelayBlock> result = new ArrayList<>();
        for (long n = number - 1; n >= 0 && result.size() < count; n--) {
            result.add(block(n));
        }
        return result;
    }

    static CandidateHash hash(long ordinal) {
        // Shifted so that the ordinal shows in the short form of the hash; the order is unchanged.
        return new CandidateHash(Hash32.ofOrdinal(ordinal << 40));
    }

    static Constraints base(HeadData included, long minRelayParent) {
        return Constraints.permissive(included, CODE, RelayBlockNumber.of(minRelayParent));
    }

    /** A candidate of PARA with hash {@code ordinal} building on {@code parent} and outputting {@code output}. */
    static Candidate candidate(long ordinal, HeadData parent, HeadData output, RelayBlock relayParent) {
        return new Candidate(hash(ordinal), PARA, relayParent.hash(),
                PersistedValidationData.of(parent, relayParent.info(), POV),
                CandidateCommitments.producing(output, relayParent.number()), CODE);
    }

    static PendingCandidate pending(long ordinal, HeadData output, RelayBlock relayParent) {
        return new PendingCandidate(hash(ordinal), relayParent.info(),
                CandidateCommitments.producing(output, relayParent.number()), CODE, POV);
    }

    /** Activates rN with its first {@code ancestry} ancestors supplied and PARA's backing state. */
    void activate(long number, int ancestry, Constraints constraints, PendingCandidate... pending) {
        activate(block(number), ancestors(number, ancestry), constraints, pending);
    }

    void activate(RelayBlock leaf, List<RelayBlock> ancestors, Constraints constraints, PendingCandidate... pending) {
        Outcome outcome = model.apply(ProspectiveEvent.ActivateLeaf.of(leaf, ancestors,
                Map.of(PARA, new BackingState(constraints, List.of(pending)))));
        if (!outcome.isAccepted()) {
            throw new IllegalStateException("activation rejected: " + outcome);
        }
    }

    void deactivate(long number) {
        model.apply(new ProspectiveEvent.DeactivateLeaf(block(number).hash()));
    }

    Outcome introduce(Candidate candidate) {
        return model.apply(new ProspectiveEvent.IntroduceSeconded(candidate));
    }

    void back(Candidate candidate) {
        model.apply(new ProspectiveEvent.CandidateBacked(candidate.para(), candidate.hash()));
    }

    /** Introduces and backs; fails the test set-up if the introduction is rejected. */
    void introduceAndBack(Candidate... candidates) {
        for (Candidate c : candidates) {
            Outcome outcome = introduce(c);
            if (!outcome.isAccepted()) {
                throw new IllegalStateException("introduction of " + c.hash() + " rejected: " + outcome);
            }
            back(c);
        }
    }

    ChainView chain(RelayHash relayParent) {
        return model.chain(relayParent, PARA).orElseThrow();
    }

    List<CandidateHash> best(long leaf) {
        return chain(block(leaf).hash()).bestChain();
    }

    SortedMap<CandidateHash, CandidateState> unconnected(long leaf) {
        return chain(block(leaf).hash()).unconnected();
    }

    List<BackableCandidate> backable(long leaf, int count, Set<CandidateHash> ancestors) {
        return model.backableCandidates(block(leaf).hash(), PARA, count, ancestors);
    }

    static void assertAccepted(Outcome outcome) {
        assertTrue(outcome.isAccepted(), () -> "expected accepted but was "
                + outcome + (outcome instanceof Outcome.Rejected r ? ": " + r.detail() : ""));
    }

    static void assertRejected(Outcome outcome, RuleId rule) {
        assertTrue(outcome instanceof Outcome.Rejected r && r.rule().equals(rule),
                () -> "expected rejected(" + rule + ") but was " + outcome
                        + (outcome instanceof Outcome.Rejected r ? ": " + r.detail() : ""));
    }

    static List<CandidateHash> hashes(Candidate... candidates) {
        List<CandidateHash> result = new ArrayList<>();
        for (Candidate c : candidates) {
            result.add(c.hash());
        }
        return result;
    }
}

package dev.abkit.vectors.subjects;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.RuleId;
import dev.abkit.model.CandidateHash;
import dev.abkit.model.Hash32;
import dev.abkit.model.HeadData;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RelayHash;
import dev.abkit.reference.constraints.CandidateCommitments;
import dev.abkit.reference.constraints.Constraints;
import dev.abkit.reference.constraints.PersistedValidationData;
import dev.abkit.reference.constraints.ValidationCodeHash;
import dev.abkit.reference.prospective.AsyncBackingParams;
import dev.abkit.reference.prospective.BackingState;
import dev.abkit.reference.prospective.Candidate;
import dev.abkit.reference.prospective.ChainView;
import dev.abkit.reference.prospective.HypotheticalCandidate;
import dev.abkit.reference.prospective.PendingCandidate;
import dev.abkit.reference.prospective.ProspectiveEvent;
import dev.abkit.reference.prospective.RelayBlock;
import dev.abkit.reference.prospective.ValidationDataRequest;
import dev.abkit.spi.ProspectiveParachainsSubject;
import dev.abkit.vectors.CaseBuilder;
import dev.abkit.vectors.VectorCase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The vocabulary of the prospective-parachains vectors: a linear relay chain r0, r1, ... in session 0, candidates of
 * one para with hashes of known order (ordinal n is lower than n + 1), and one step method per event or query. Steps
 * that state an intended best chain check it against the reference before the check is recorded.
 */
final class ProspectiveScenario {
    static final ParaId PARA = ParaId.of(2000);
    static final ParaId OTHER = ParaId.of(2001);
    static final ValidationCodeHash CODE = ValidationCodeHash.ofLabel("code");
    static final ValidationCodeHash OTHER_CODE = ValidationCodeHash.ofLabel("other code");
    static final HeadData INCLUDED = HeadData.ofLabel("included");
    static final long POV = Constraints.DEFAULT_LIMIT;

    static final AsyncBackingParams SYNC = AsyncBackingParams.SYNCHRONOUS;
    static final AsyncBackingParams PRODUCTION = AsyncBackingParams.PRODUCTION;
    static final AsyncBackingParams HARNESS = new AsyncBackingParams(4, 3);
    static final AsyncBackingParams ONE = new AsyncBackingParams(1, 1);

    private static final ProspectiveDriver DRIVER = new ProspectiveDriver();

    private final String id;
    private final CaseBuilder<AsyncBackingParams, ProspectiveEvent, ProspectiveDriver.Query,
            ProspectiveParachainsSubject> builder;

    private ProspectiveScenario(String id, CaseBuilder<AsyncBackingParams, ProspectiveEvent, ProspectiveDriver.Query,
            ProspectiveParachainsSubject> builder) {
        this.id = id;
        this.builder = builder;
    }

    /** A case whose id is {@code <area>-<nnn>-<slug>} from its first rule; {@code also} are further rules it pins. */
    static ProspectiveScenario start(RuleId rule, String slug, String description, AsyncBackingParams params,
            RuleId... also) {
        return start(rule, slug, description, params, Profile.BASELINE, also);
    }

    /** A case of {@code profile}, named as {@link #start(RuleId, String, String, AsyncBackingParams, RuleId...)}. */
    static ProspectiveScenario start(RuleId rule, String slug, String description, AsyncBackingParams params,
            Profile profile, RuleId... also) {
        String id = rule.areaCode().toLowerCase() + "-" + rule.value().substring(rule.value().lastIndexOf('-') + 1)
                + "-" + slug;
        List<RuleId> rules = new ArrayList<>();
        rules.add(rule);
        rules.addAll(Arrays.asList(also));
        return new ProspectiveScenario(id, CaseBuilder.start(DRIVER, id, description, rules, profile, params));
    }

    VectorCase build(String generator, int version) {
        return builder.build(generator, version, 0);
    }

    // ---- domain values ----

    /** Block rN of the main relay chain, in session 0. */
    static RelayBlock block(long number) {
        return RelayBlock.ofLabel("r" + number, number, "r" + (number - 1), 0);
    }

    /** Block rN of the main relay chain whose children belong to {@code session}. */
    static RelayBlock block(long number, long session) {
        return RelayBlock.ofLabel("r" + number, number, "r" + (number - 1), session);
    }

    /** A block numbered N that is a sibling of rN (same parent, another hash), in session 0. */
    static RelayBlock sibling(long number) {
        return RelayBlock.ofLabel("s" + number, number, "r" + (number - 1), 0);
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
        // Shifted so that the ordinal shows in the hex form; the order of ordinals is kept.
        return new CandidateHash(Hash32.ofOrdinal(ordinal << 40));
    }

    static HeadData head(String label) {
        return label.equals("included") ? INCLUDED : HeadData.ofLabel(label);
    }

    static Constraints base(long minRelayParent) {
        return base(INCLUDED, minRelayParent);
    }

    static Constraints base(HeadData included, long minRelayParent) {
        return Constraints.permissive(included, CODE, RelayBlockNumber.of(minRelayParent));
    }

    /** A candidate of PARA with hash {@code ordinal}, building on head {@code parent} and outputting {@code output}. */
    static Candidate candidate(long ordinal, String parent, String output, long relayParent) {
        return candidate(ordinal, parent, output, block(relayParent));
    }

    static Candidate candidate(long ordinal, String parent, String output, RelayBlock relayParent) {
        return candidate(PARA, ordinal, head(parent), CandidateCommitments.producing(head(output),
                relayParent.number()), CODE, relayParent);
    }

    static Candidate candidate(ParaId para, long ordinal, HeadData parent, CandidateCommitments commitments,
            ValidationCodeHash code, RelayBlock relayParent) {
        return new Candidate(hash(ordinal), para, relayParent.hash(),
                PersistedValidationData.of(parent, relayParent.info(), POV), commitments, code);
    }

    /** A candidate pending availability with hash {@code ordinal}, outputting {@code output}. */
    static PendingCandidate pending(long ordinal, String output, long relayParent) {
        RelayBlock rp = block(relayParent);
        return new PendingCandidate(hash(ordinal), rp.info(),
                CandidateCommitments.producing(head(output), rp.number()), CODE, POV);
    }

    static HypotheticalCandidate complete(Candidate candidate) {
        return new HypotheticalCandidate.Complete(candidate);
    }

    static HypotheticalCandidate incomplete(long ordinal, String parent, long relayParent) {
        return new HypotheticalCandidate.Incomplete(hash(ordinal), PARA, head(parent), block(relayParent).hash());
    }

    // ---- events ----

    /** Activates rN with its first {@code supplied} ancestors and PARA's backing state. */
    ProspectiveScenario activate(long number, int supplied, Constraints base, PendingCandidate... pending) {
        return activate(block(number), ancestors(number, supplied),
                Map.of(PARA, new BackingState(base, List.of(pending))));
    }

    ProspectiveScenario activate(RelayBlock leaf, List<RelayBlock> ancestors, Map<ParaId, BackingState> paras) {
        builder.accepted(ProspectiveEvent.ActivateLeaf.of(leaf, ancestors, paras));
        return this;
    }

    /** One leaves update: activates rN (with its first {@code supplied} ancestors) and deactivates the given blocks. */
    ProspectiveScenario update(long number, int supplied, Constraints base, long... deactivated) {
        List<RelayHash> gone = new ArrayList<>();
        for (long d : deactivated) {
            gone.add(block(d).hash());
        }
        builder.accepted(new ProspectiveEvent.UpdateLeaves(List.of(ProspectiveEvent.ActivateLeaf.of(block(number),
                ancestors(number, supplied), Map.of(PARA, new BackingState(base, List.of())))), gone));
        return this;
    }

    /** One leaves update that only deactivates the given blocks. */
    ProspectiveScenario deactivateAll(long... deactivated) {
        List<RelayHash> gone = new ArrayList<>();
        for (long d : deactivated) {
            gone.add(block(d).hash());
        }
        builder.accepted(new ProspectiveEvent.UpdateLeaves(List.of(), gone));
        return this;
    }

    ProspectiveScenario deactivate(long number) {
        builder.accepted(new ProspectiveEvent.DeactivateLeaf(block(number).hash()));
        return this;
    }

    /** Introductions the reference must accept. */
    ProspectiveScenario introduce(Candidate... candidates) {
        for (Candidate c : candidates) {
            builder.accepted(new ProspectiveEvent.IntroduceSeconded(c));
        }
        return this;
    }

    /** An introduction the reference must reject by {@code rule}. */
    ProspectiveScenario reject(Candidate candidate, RuleId rule) {
        builder.rejected(new ProspectiveEvent.IntroduceSeconded(candidate), rule);
        return this;
    }

    ProspectiveScenario back(Candidate... candidates) {
        for (Candidate c : candidates) {
            builder.accepted(new ProspectiveEvent.CandidateBacked(c.para(), c.hash()));
        }
        return this;
    }

    ProspectiveScenario backHash(CandidateHash hash) {
        builder.accepted(new ProspectiveEvent.CandidateBacked(PARA, hash));
        return this;
    }

    ProspectiveScenario introduceAndBack(Candidate... candidates) {
        for (Candidate c : candidates) {
            introduce(c);
            back(c);
        }
        return this;
    }

    // ---- checks ----

    /** Checks the fragment chain of PARA under rN. */
    ProspectiveScenario chain(long leaf) {
        builder.check(new ProspectiveDriver.FragmentChain(block(leaf).hash(), PARA));
        return this;
    }

    /** Checks the fragment chain of PARA under rN, whose best chain must hold these ordinals in this order. */
    ProspectiveScenario best(long leaf, long... ordinals) {
        ProspectiveDriver.FragmentChain query = new ProspectiveDriver.FragmentChain(block(leaf).hash(), PARA);
        Object answer = builder.peek(query);
        List<CandidateHash> actual = answer instanceof ChainView view ? view.bestChain() : null;
        List<CandidateHash> intended = new ArrayList<>();
        for (long ordinal : ordinals) {
            intended.add(hash(ordinal));
        }
        if (!intended.equals(actual)) {
            throw new IllegalStateException("vector " + id + ": intended best chain " + intended + " under r"
                    + leaf + " but the reference has " + actual);
        }
        builder.check(query);
        return this;
    }

    ProspectiveScenario chain(RelayHash relayParent, ParaId para) {
        builder.check(new ProspectiveDriver.FragmentChain(relayParent, para));
        return this;
    }

    /** Checks the backable candidates of PARA at rN after the ancestor ordinals; {@code expected} states the size. */
    ProspectiveScenario backable(long leaf, int count, int expected, long... ancestors) {
        return backable(leaf, PARA, count, expected, ancestors);
    }

    ProspectiveScenario backable(long leaf, ParaId para, int count, int expected, long... ancestors) {
        List<CandidateHash> set = new ArrayList<>();
        for (long ordinal : ancestors) {
            set.add(hash(ordinal));
        }
        ProspectiveDriver.BackableCandidates query = new ProspectiveDriver.BackableCandidates(block(leaf).hash(),
                para, count, set);
        Object answer = builder.peek(query);
        if (!(answer instanceof List<?> list) || list.size() != expected) {
            throw new IllegalStateException("vector " + id + ": intended " + expected + " backable candidates but the"
                    + " reference gives " + answer);
        }
        builder.check(query);
        return this;
    }

    /** Checks the hypothetical membership, which must hold exactly the given leaves. */
    ProspectiveScenario membership(HypotheticalCandidate candidate, long... leaves) {
        ProspectiveDriver.HypotheticalMembership query = new ProspectiveDriver.HypotheticalMembership(candidate);
        List<RelayHash> expected = new ArrayList<>();
        for (long leaf : leaves) {
            expected.add(block(leaf).hash());
        }
        expected.sort(ProspectiveDriver.BY_HASH);
        Object answer = builder.peek(query);
        if (!expected.equals(answer)) {
            throw new IllegalStateException("vector " + id + ": intended membership " + expected + " but the reference"
                    + " gives " + answer);
        }
        builder.check(query);
        return this;
    }

    ProspectiveScenario minimum(long leaf) {
        builder.check(new ProspectiveDriver.MinimumRelayParents(block(leaf).hash()));
        return this;
    }

    /** Checks the validation data for a collation on {@code parent} at rN; {@code present} states the intent. */
    ProspectiveScenario validationData(ParaId para, long relayParent, String parent, boolean supplied,
            boolean present) {
        ProspectiveDriver.ProspectiveValidationData query = new ProspectiveDriver.ProspectiveValidationData(
                new ValidationDataRequest(para, block(relayParent).hash(), head(parent), supplied));
        Object answer = builder.peek(query);
        boolean isPresent = answer instanceof PersistedValidationData;
        if (isPresent != present) {
            throw new IllegalStateException("vector " + id + ": intended validation data "
                    + (present ? "present" : "absent") + " but the reference gives " + answer);
        }
        builder.check(query);
        return this;
    }
}

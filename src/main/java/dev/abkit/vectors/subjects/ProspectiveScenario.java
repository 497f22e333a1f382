package dev.abkit.vectors.subjects;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.RuleId;
import dev.abkit.encoding.Receipts;
import dev.abkit.encoding.ValidationDataEncoding;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The vocabulary of the prospective-parachains vectors: a linear relay chain r0, r1, ... in session 0, candidates of
 * one para with hashes of known order (ordinal n is lower than n + 1), and one step method per event or query. Steps
 * that state an intended best chain check it against the reference before the check is recorded.
 *
 * <p>Every candidate, pending ones included, carries its real committed receipt and its real candidate hash: the
 * receipt's PoV hash is ground until the hash's leading byte is the candidate's ordinal (1..255), which keeps the
 * order the case needs. A query naming an ordinal resolves it to the hash of the candidate of that ordinal the case
 * has introduced; an ordinal no candidate of the case has (an unknown, advertised-only candidate) keeps a hash with
 * that ordinal in its leading bytes, which the implementation is given.
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
    private final Map<Integer, CandidateHash> introduced = new LinkedHashMap<>();
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

    /**
     * The given hash of a candidate the case has no receipt for: the ordinal as leading byte, then zeros, so that it
     * sorts among the real hashes, whose leading byte is their ordinal, as the ordinal does.
     */
    static CandidateHash hash(long ordinal) {
        return new CandidateHash(Hash32.of(String.format("0x%02x", leadingByte(ordinal)) + "00".repeat(31)));
    }

    /** The ordinal a hash stands for: its leading byte. */
    static int ordinalOf(CandidateHash hash) {
        return Integer.parseInt(hash.hash().hex().substring(2, 4), 16);
    }

    private static int leadingByte(long ordinal) {
        if (ordinal < 1 || ordinal > 255) {
            throw new IllegalStateException("a candidate ordinal must be 1..255 to be ground into a real hash but was "
                    + ordinal);
        }
        return (int) ordinal;
    }

    /** The hash of the case's candidate of this ordinal, or the given hash of an unknown candidate. */
    CandidateHash resolve(long ordinal) {
        CandidateHash known = introduced.get((int) ordinal);
        return known != null ? known : hash(ordinal);
    }

    private CandidateHash resolve(CandidateHash hash) {
        return resolve(ordinalOf(hash));
    }

    private void registerIfComputed(Candidate c) {
        if (c.receipt().isPresent()) {
            register(c.hash());
        }
    }

    private void register(CandidateHash hash) {
        CandidateHash earlier = introduced.putIfAbsent(ordinalOf(hash), hash);
        if (earlier != null && !earlier.equals(hash)) {
            throw new IllegalStateException("vector " + id + ": two candidates of ordinal " + ordinalOf(hash)
                    + " with different receipts (" + earlier + ", " + hash + ")");
        }
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
        PersistedValidationData pvd = PersistedValidationData.of(parent, relayParent.info(), POV);
        Receipts.Built receipt = Receipts.build(para, relayParent.hash(), pvd, commitments, code, Receipts.BASELINE,
                leadingByte(ordinal));
        return new Candidate(new CandidateHash(receipt.candidateHash()), para, relayParent.hash(), pvd, commitments,
                code, receipt.receipt());
    }

    /**
     * Candidate {@code ordinal} building on {@code parent} at relay parent {@code relayParent} whose scheduling parent
     * is {@code schedulingParent}: a V3 descriptor on core 0 naming the relay parent's session and the scheduling
     * parent's as an offset from it, its real hash ground to {@code ordinal}.
     */
    static Candidate scheduled(long ordinal, String parent, String output, long relayParent,
            RelayBlock schedulingParent) {
        return scheduled(ordinal, parent, output, block(relayParent), schedulingParent);
    }

    /** As {@link #scheduled(long, String, String, long, RelayBlock)} with relay parent {@code relayParent}. */
    static Candidate scheduled(long ordinal, String parent, String output, RelayBlock relayParent,
            RelayBlock schedulingParent) {
        CandidateCommitments commitments = CandidateCommitments.producing(head(output), relayParent.number());
        PersistedValidationData pvd = PersistedValidationData.of(head(parent), relayParent.info(), POV);
        Receipts.Built receipt = Receipts.build(PARA, relayParent.hash(), pvd, commitments, CODE,
                Receipts.V3.onCoreZero(relayParent.session(), schedulingParent.hash().hash(),
                        schedulingParent.session()), leadingByte(ordinal));
        return new Candidate(new CandidateHash(receipt.candidateHash()), PARA, relayParent.hash(), pvd, commitments,
                CODE, receipt.receipt(), schedulingParent.hash());
    }

    /**
     * A candidate pending availability with hash {@code ordinal}, outputting {@code output}; its receipt is made when
     * a leaf activation places it after the included head and the candidates pending before it.
     */
    static PendingCandidate pending(long ordinal, String output, long relayParent) {
        RelayBlock rp = block(relayParent);
        return new PendingCandidate(hash(ordinal), rp.info(),
                CandidateCommitments.producing(head(output), rp.number()), CODE, POV);
    }

    /**
     * {@code c} with a receipt whose descriptor commits to {@code committed} instead of its own validation data
     * (AB-ADMIT-011), its real hash ground to {@code ordinal}.
     */
    static Candidate committingTo(Candidate c, PersistedValidationData committed, long ordinal) {
        Receipts.Built receipt = Receipts.build(c.para(), c.relayParent(), Receipts.validationDataHash(committed),
                ValidationDataEncoding.headHash(c.outputHead()), c.commitments(), c.codeHash(), Receipts.BASELINE,
                leadingByte(ordinal));
        return new Candidate(new CandidateHash(receipt.candidateHash()), c.para(), c.relayParent(),
                c.validationData(), c.commitments(), c.codeHash(), receipt.receipt());
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
        Map<ParaId, BackingState> withReceipts = new TreeMap<>();
        paras.forEach((para, state) -> withReceipts.put(para, withReceipts(para, state)));
        builder.accepted(ProspectiveEvent.ActivateLeaf.of(leaf, ancestors, withReceipts));
        return this;
    }

    /** The pending candidates with their receipts: each builds on the one before it, the first on the included head. */
    private BackingState withReceipts(ParaId para, BackingState state) {
        List<PendingCandidate> pending = new ArrayList<>();
        HeadData parent = state.constraints().requiredParent();
        for (PendingCandidate p : state.pendingAvailability()) {
            PersistedValidationData pvd = PersistedValidationData.of(parent, p.relayParent(), p.maxPovSize());
            Receipts.Built receipt = Receipts.build(para, p.relayParent().hash(), pvd, p.commitments(), p.codeHash(),
                    Receipts.BASELINE, leadingByte(ordinalOf(p.hash())));
            CandidateHash hash = new CandidateHash(receipt.candidateHash());
            register(hash);
            pending.add(new PendingCandidate(hash, p.relayParent(), p.commitments(), p.codeHash(), p.maxPovSize(),
                    receipt.receipt()));
            parent = p.commitments().headData();
        }
        return new BackingState(state.constraints(), pending);
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
            registerIfComputed(c);
            builder.accepted(new ProspectiveEvent.IntroduceSeconded(c));
        }
        return this;
    }

    /** An introduction the reference must reject by {@code rule}. */
    ProspectiveScenario reject(Candidate candidate, RuleId rule) {
        registerIfComputed(candidate);
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
        builder.accepted(new ProspectiveEvent.CandidateBacked(PARA, resolve(hash)));
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
            intended.add(resolve(ordinal));
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
            set.add(resolve(ordinal));
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
        if (candidate instanceof HypotheticalCandidate.Incomplete i) {
            candidate = new HypotheticalCandidate.Incomplete(resolve(i.hash()), i.para(), i.parentHead(),
                    i.relayParent());
        }
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

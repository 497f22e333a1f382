package dev.abkit.features;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Subject;
import dev.abkit.catalog.Variant;
import dev.abkit.encoding.Receipts;
import dev.abkit.encoding.ValidationDataEncoding;
import dev.abkit.model.CandidateHash;
import dev.abkit.model.Hash32;
import dev.abkit.model.HeadData;
import dev.abkit.model.Outcome;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RelayHash;
import dev.abkit.reference.constraints.CandidateCommitments;
import dev.abkit.reference.constraints.Constraints;
import dev.abkit.reference.constraints.PersistedValidationData;
import dev.abkit.reference.constraints.ValidationCodeHash;
import dev.abkit.reference.prospective.AsyncBackingParams;
import dev.abkit.reference.prospective.BackableCandidate;
import dev.abkit.reference.prospective.BackingState;
import dev.abkit.reference.prospective.Candidate;
import dev.abkit.reference.prospective.CandidateState;
import dev.abkit.reference.prospective.ChainView;
import dev.abkit.reference.prospective.ClaimQueue;
import dev.abkit.reference.prospective.HypotheticalCandidate;
import dev.abkit.reference.prospective.PendingCandidate;
import dev.abkit.reference.prospective.ProspectiveEvent;
import dev.abkit.reference.prospective.RelayBlock;
import dev.abkit.reference.prospective.ValidationDataRequest;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.ProspectiveParachainsSubject;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opentest4j.AssertionFailedError;

/**
 * Steps of the prospective-parachains features (areas SCOPE, ADMIT, FORK, CHAIN, PA, LEAF, QUERY and the synchronous
 * corner case SYNC-001 to 004): one validator node's view of a relay chain of numbered blocks and of one scheduled
 * para, fed through the implementation's prospective-parachains subject.
 *
 * <p>Every named candidate gets a deterministic hash ordered like its name unless a scenario states another order
 * ("candidate B has a lower hash than A"); relay block n builds on relay block n - 1, and "relay block n of fork X"
 * on relay block n - 1 of the same fork if it was named before, else of the main chain. Activations hand the
 * implementation every ancestor down to relay block 1, the runtime's backing state of the para (permissive
 * constraints on the included head, the stated min_relay_parent_number and upward queue, the candidates pending
 * availability in runtime order), and nothing for an unscheduled para.
 */
public final class ProspectiveSteps {
    private static final String RB = "relay block \\d+(?: of fork \\w+)?";
    private static final String PARENT = "the included head|an unknown head|\\w+";
    private static final String NAMES = "\\w+(?:(?:, | and )\\w+)*";
    private static final Pattern RELAY_BLOCK = Pattern.compile("relay block (\\d+)(?: of fork (\\w+))?");

    private static final ParaId PARA = ParaId.of(2000);
    private static final ValidationCodeHash CODE = ValidationCodeHash.ofLabel("validation code of para 2000");
    private static final long POV = Constraints.DEFAULT_LIMIT;

    private AsyncBackingParams params = AsyncBackingParams.PRODUCTION;
    private Implementation implementation;
    private Collection<String> tags = List.of();
    private Profile profile = Profile.BASELINE;
    private ProspectiveParachainsSubject subject;

    private HeadData includedHead = HeadData.ofLabel("included head");
    private long minRelayParent;
    private Long upwardRoom;
    private long sessionStart = Long.MAX_VALUE;
    private final List<String> pendingAvailability = new ArrayList<>();
    private final Set<String> forkBlocks = new HashSet<>();
    private final Map<RelayHash, String> blockNames = new HashMap<>();
    private RelayBlock latestLeaf;

    private final Map<String, Draft> drafts = new HashMap<>();
    private final Map<String, Long> ordinals = new HashMap<>();
    private final Set<String> hashUsed = new HashSet<>();
    private final Map<CandidateHash, String> names = new HashMap<>();
    private final Map<String, Outcome> outcomes = new HashMap<>();
    private final Set<String> unexamined = new LinkedHashSet<>();

    private List<BackableCandidate> backable;
    private List<RelayHash> membership;
    private SortedMap<ParaId, RelayBlockNumber> minimumRelayParents;
    private Optional<PersistedValidationData> validationData;
    private PersistedValidationData expectedValidationData;
    private boolean parentHeadSupplied;

    @Given("^validators run prospective parachains with max_candidate_depth (\\d+) and allowed_ancestry_len (\\d+)$")
    public void parameters(int depth, int ancestry) {
        if (subject != null) {
            throw new IllegalStateException("the backing parameters must be stated before the first active leaf");
        }
        params = new AsyncBackingParams(depth, ancestry);
    }

    @Given("^the node reads the claim queue, where the para holds (\\d+) claims? on each of (\\d+) cores?, with "
            + "scheduling lookahead (\\d+)$")
    public void claimQueue(int claims, int cores, int lookahead) {
        if (subject != null) {
            throw new IllegalStateException("the claim queue must be stated before the first active leaf");
        }
        profile = Profile.of(Variant.CLAIM_QUEUE);
        params = params.withClaimQueue(ClaimQueue.of(PARA, cores, claims, lookahead));
    }

    @Given("^the relay runtime allows relay parents from up to (\\d+) sessions? before the leaf's$")
    public void relayParentSessionAge(int sessions) {
        if (subject != null) {
            throw new IllegalStateException("max_relay_parent_session_age must be stated before the first active leaf");
        }
        params = params.withMaxRelayParentSessionAge(sessions);
    }

    @Given("^the relay chain schedules para (\\d+) at every active leaf$")
    public void scheduled(int para) {
        if (!ParaId.of(para).equals(PARA)) {
            throw new IllegalArgumentException("the prospective-parachains features follow para " + PARA
                    + " but the scenario names para " + para);
        }
    }

    @Given("^a new session begins with relay block (\\d+)$")
    public void sessionStart(long number) {
        sessionStart = number;
    }

    @Given("^the runtime sets the para's min_relay_parent_number to relay block (\\d+)$")
    public void minimumRelayParent(long number) {
        minRelayParent = number;
    }

    @Given("^the relay chain accepts at most (\\d+) more upward messages from the para$")
    public void upwardRoom(long messages) {
        upwardRoom = messages;
    }

    @When("^(" + RB + ") becomes an active leaf(?: again)?$")
    public void activate(String block) {
        FeatureSupport.assertAccepted("activation of " + block, subject().activateLeaf(activation(block)));
        latestLeaf = relayBlock(block);
    }

    @When("^(" + RB + ") becomes an active leaf and is no longer an active leaf in the same update$")
    public void activateAndDeactivate(String block) {
        FeatureSupport.assertAccepted("update of " + block, subject().updateLeaves(new ProspectiveEvent.UpdateLeaves(
                List.of(activation(block)), List.of(relayBlock(block).hash()))));
    }

    @When("^(" + RB + ") becomes an active leaf and (" + RB + ") is no longer an active leaf in the same update$")
    public void activateWhileDeactivating(String block, String gone) {
        FeatureSupport.assertAccepted("update of " + block + " and " + gone, subject().updateLeaves(
                new ProspectiveEvent.UpdateLeaves(List.of(activation(block)), List.of(relayBlock(gone).hash()))));
        latestLeaf = relayBlock(block);
    }

    /** The activation of {@code block} with its ancestors and the para's runtime state as the scenario has set it. */
    private ProspectiveEvent.ActivateLeaf activation(String block) {
        RelayBlock leaf = relayBlock(block);
        List<RelayBlock> ancestors = new ArrayList<>();
        for (RelayBlock b = leaf; b.number().value() > 1; ) {
            b = parentOf(b);
            ancestors.add(b);
        }
        Constraints constraints = Constraints.permissive(includedHead, CODE, RelayBlockNumber.of(minRelayParent));
        if (upwardRoom != null) {
            constraints = constraints.withUmp(upwardRoom, Constraints.DEFAULT_LIMIT, Constraints.DEFAULT_LIMIT);
        }
        List<PendingCandidate> pending = new ArrayList<>();
        HeadData parent = includedHead;
        for (String name : pendingAvailability) {
            Draft d = draft(name);
            if (!d.parent.equals(parent)) {
                throw new IllegalArgumentException("candidate " + name + " is pending availability but does not"
                        + " build on the head before it in the runtime's order");
            }
            pending.add(new PendingCandidate(hashOf(name), d.relayParent.info(),
                    CandidateCommitments.producing(d.output, d.relayParent.number()), CODE, POV));
            parent = d.output;
        }
        return ProspectiveEvent.ActivateLeaf.of(leaf, ancestors, Map.of(PARA, new BackingState(constraints, pending)));
    }

    @When("^(" + RB + ") is no longer an active leaf$")
    public void deactivate(String block) {
        FeatureSupport.assertAccepted("deactivation of " + block, subject().deactivateLeaf(relayBlock(block).hash()));
    }

    @Given("^candidate (\\w+)(?: building on (" + PARENT + ")(?: at (" + RB + "))?)? is pending availability$")
    public void pendingAvailability(String name, String parent, String relayParent) {
        if (parent != null) {
            describe(name, parent, relayParent);
        }
        draft(name);
        pendingAvailability.add(name);
    }

    @Given("^the relay chain includes candidate (\\w+)$")
    public void included(String name) {
        int index = pendingAvailability.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("candidate " + name + " is included but was not pending availability");
        }
        pendingAvailability.subList(0, index + 1).clear();
        includedHead = draft(name).output;
    }

    @Given("^candidate (\\w+) has a lower hash than (\\w+)$")
    public void lowerHash(String lower, String higher) {
        for (String name : List.of(lower, higher)) {
            if (hashUsed.contains(name)) {
                throw new IllegalArgumentException("the hash order of candidate " + name
                        + " must be stated before the candidate is used");
            }
        }
        long bound = ordinal(higher);
        if (ordinal(lower) < bound) {
            return;
        }
        long value = bound - 1;
        while (ordinals.containsValue(value)) {
            value--;
        }
        ordinals.put(lower, value);
    }

    @Given("^a collator prepares candidate (\\w+) building on (" + PARENT + ")(?: at (" + RB + "))?$")
    public void prepare(String name, String parent, String relayParent) {
        describe(name, parent, relayParent);
    }

    @Given("^candidate (\\w+) names (" + RB + ") as its scheduling parent$")
    public void schedulingParent(String name, String block) {
        draft(name).schedulingParent = relayBlock(block);
    }

    @Given("^candidate (\\w+) outputs the head it builds on$")
    public void outputsParent(String name) {
        Draft d = draft(name);
        d.output = d.parent;
    }

    @Given("^candidate (\\w+)'s receipt commits to its validation data$")
    public void receiptCommitsToOwn(String name) {
        Draft d = draft(name);
        d.committed = PersistedValidationData.of(d.parent, d.relayParent.info(), POV);
    }

    @Given("^candidate (\\w+)'s receipt commits to the validation data of (" + RB + ")$")
    public void receiptCommitsToOther(String name, String block) {
        Draft d = draft(name);
        d.committed = PersistedValidationData.of(d.parent, relayBlock(block).info(), POV);
    }

    @Given("^candidate (\\w+) outputs the included head$")
    public void outputsIncluded(String name) {
        draft(name).output = includedHead;
    }

    @Given("^candidate (\\w+) outputs the same head as (\\w+)$")
    public void outputsSame(String name, String other) {
        draft(name).output = draft(other).output;
    }

    @Given("^candidate (\\w+) has the hash of candidate (\\w+)$")
    public void underHashOf(String name, String stored) {
        draft(stored);
        draft(name).hashAs = stored;
    }

    @Given("^candidate (\\w+) carries a validation code hash other than the para's current code$")
    public void otherCode(String name) {
        draft(name).code = ValidationCodeHash.ofLabel("another validation code");
    }

    @Given("^candidate (\\w+) sends (\\d+) upward messages?$")
    public void upward(String name, int count) {
        draft(name).upward = count;
    }

    @Given("^candidate (\\w+) belongs to the unscheduled para (\\d+)$")
    public void unscheduled(String name, int para) {
        draft(name).para = ParaId.of(para);
    }

    @When("^candidate (\\w+) building on (" + PARENT + ")(?: at (" + RB + "))? is seconded( and backed)?$")
    public void seconded(String name, String parent, String relayParent, String andBacked) {
        describe(name, parent, relayParent);
        introduce(name);
        if (andBacked != null) {
            back(name);
        }
    }

    @When("^candidate (\\w+) is seconded( and backed)?$")
    public void secondedAsDescribed(String name, String andBacked) {
        introduce(name);
        if (andBacked != null) {
            back(name);
        }
    }

    @When("^candidate (\\w+) is seconded again$")
    public void secondedAgain(String name) {
        introduce(name);
    }

    @Given("^candidates (" + NAMES + ") are backed in a chain on (the included head|\\w+)(?: at (" + RB + "))?$")
    public void backedChain(String list, String first, String relayParent) {
        String parent = first;
        for (String name : names(list)) {
            describe(name, parent, relayParent);
            introduce(name);
            FeatureSupport.assertAccepted("seconding of candidate " + name, outcomes.get(name));
            unexamined.remove(name);
            back(name);
            parent = name;
        }
    }

    @When("^the backing group backs candidates? (" + NAMES + ")$")
    public void backs(String list) {
        for (String name : names(list)) {
            back(name);
        }
    }

    @Then("^prospective parachains keeps candidate (\\w+)$")
    public void kept(String name) {
        FeatureSupport.assertAccepted("seconding of candidate " + name, outcome(name));
    }

    @Then("^prospective parachains rejects candidate (\\w+) under (AB-[A-Z]+-\\d{3})$")
    public void rejected(String name, String rule) {
        FeatureSupport.assertRejected(implementation, "seconding of candidate " + name, rule, outcome(name));
    }

    @Then("^the best backable chain(?: at (" + RB + "))? is (empty|" + NAMES + ")$")
    public void bestChain(String block, String expected) {
        List<String> actual = chainView(block).bestChain().stream().map(this::nameOf).toList();
        FeatureSupport.assertEquals(expected.equals("empty") ? List.of() : names(expected), actual,
                "best backable chain at " + blockName(block));
    }

    @Then("^the unconnected candidates(?: at (" + RB + "))? are (none|.+)$")
    public void unconnected(String block, String expected) {
        SortedMap<CandidateHash, CandidateState> actual = chainView(block).unconnected();
        Map<String, CandidateState> states = new TreeMap<>();
        actual.forEach((hash, state) -> states.put(nameOf(hash), state));
        Map<String, CandidateState> wanted = new TreeMap<>();
        boolean statesGiven = false;
        if (!expected.equals("none")) {
            Matcher m = Pattern.compile("(\\w+)(?: \\((seconded|backed)\\))?").matcher(expected);
            while (m.find()) {
                if (m.group(1).equals("and")) {
                    continue;
                }
                CandidateState state = m.group(2) == null ? null : CandidateState.valueOf(m.group(2).toUpperCase());
                statesGiven |= state != null;
                wanted.put(m.group(1), state);
            }
        }
        if (!statesGiven) {
            FeatureSupport.assertEquals(wanted.keySet(), states.keySet(), "unconnected candidates at "
                    + blockName(block));
        } else {
            FeatureSupport.assertEquals(wanted, states, "unconnected candidates and their states at "
                    + blockName(block));
        }
    }

    @Then("^(\\w+) is kept as an unconnected candidate(?: at (" + RB + "))?$")
    public void keptUnconnected(String name, String block) {
        if (!chainView(block).unconnected().containsKey(hashOf(name))) {
            throw new AssertionFailedError("candidate " + name + " is not among the unconnected candidates at "
                    + blockName(block));
        }
    }

    @Then("^prospective parachains keeps (?:a fragment chain|fragment chains) at relay blocks? ([\\d, and]+)$")
    public void retained(String numbers) {
        for (long n : numbers(numbers)) {
            if (subject().chain(mainBlock(n).hash(), PARA).isEmpty()) {
                throw new AssertionFailedError("expected a fragment chain of the para at relay block " + n
                        + " but there is none");
            }
        }
    }

    @Then("^prospective parachains keeps no fragment chain at relay blocks? ([\\d, and]+)$")
    public void notRetained(String numbers) {
        for (long n : numbers(numbers)) {
            if (subject().chain(mainBlock(n).hash(), PARA).isPresent()) {
                throw new AssertionFailedError("expected no fragment chain at relay block " + n + " but one is kept");
            }
        }
    }

    @When("^the block author building on (" + RB + ") asks for (\\d+) backable candidates?(?: of para (\\d+))?"
            + " with (no ancestors|ancestors " + NAMES + ")$")
    public void askBackable(String block, int count, String para, String ancestors) {
        Set<CandidateHash> set = new LinkedHashSet<>();
        if (!ancestors.equals("no ancestors")) {
            names(ancestors.substring("ancestors ".length())).forEach(n -> set.add(hashOf(n)));
        }
        ParaId asked = para == null ? PARA : ParaId.of(Integer.parseInt(para));
        backable = subject().backableCandidates(relayBlock(block).hash(), asked, count, set);
    }

    @Then("^the backable candidates are (none|" + NAMES + ")$")
    public void backableAre(String list) {
        List<BackableCandidate> expected = new ArrayList<>();
        for (String name : list.equals("none") ? List.<String>of() : names(list)) {
            Draft d = draft(name);
            boolean bySchedulingParent = d.schedulingParent != null && profile.has(Variant.SCHEDULING_PARENT);
            expected.add(new BackableCandidate(hashOf(name),
                    (bySchedulingParent ? d.schedulingParent : d.relayParent).hash()));
        }
        FeatureSupport.assertEquals(render(expected), render(answered(backable, "backable candidates")),
                "backable candidates");
    }

    @When("^a backing validator asks for the hypothetical membership of (the advertised )?candidate (\\w+)"
            + "(?: building on (" + PARENT + ")(?: at (" + RB + "))?)?$")
    public void askMembership(String advertised, String name, String parent, String relayParent) {
        if (parent != null) {
            describe(name, parent, relayParent);
        }
        Draft d = draft(name);
        HypotheticalCandidate candidate = advertised != null
                ? new HypotheticalCandidate.Incomplete(hashOf(name), d.para, d.parent, d.relayParent.hash())
                : new HypotheticalCandidate.Complete(build(name));
        membership = subject().hypotheticalMembership(candidate);
    }

    @Then("^the hypothetical membership is (empty|(?:" + RB + ")(?:(?:, | and )" + RB + ")*)$")
    public void membershipIs(String expected) {
        List<String> wanted = new ArrayList<>();
        if (!expected.equals("empty")) {
            Matcher m = RELAY_BLOCK.matcher(expected);
            while (m.find()) {
                wanted.add(m.group());
            }
        }
        List<String> actual = answered(membership, "hypothetical membership").stream().map(this::leafName).toList();
        FeatureSupport.assertEquals(new TreeSet<>(wanted), new TreeSet<>(actual),
                "active leaves that could keep the candidate");
    }

    @When("^the node is asked for the minimum relay parents at (" + RB + ")$")
    public void askMinimum(String block) {
        minimumRelayParents = subject().minimumRelayParents(relayBlock(block).hash());
    }

    @Then("^the minimum relay parent of the para is relay block (\\d+)$")
    public void minimumIs(long number) {
        FeatureSupport.assertEquals(Map.of(PARA, RelayBlockNumber.of(number)), answered(minimumRelayParents,
                "minimum relay parents"),
                "minimum relay parents");
    }

    @Then("^no para has a minimum relay parent there$")
    public void noMinimum() {
        FeatureSupport.assertEquals(Map.of(), answered(minimumRelayParents, "minimum relay parents"),
                "minimum relay parents");
    }

    @Given("^the collator supplies the parent head with its collation$")
    public void suppliesParentHead() {
        parentHeadSupplied = true;
    }

    @When("^a backing validator asks for the validation data of a collation building on (" + PARENT + ") at (" + RB
            + ")$")
    public void askValidationData(String parent, String block) {
        HeadData head = parent.equals("an unknown head") ? HeadData.ofLabel("unknown head of a collation")
                : parentHead(parent, "a collation");
        RelayBlock relayParent = relayBlock(block);
        expectedValidationData = PersistedValidationData.of(head, relayParent.info(), POV);
        validationData = subject().prospectiveValidationData(
                new ValidationDataRequest(PARA, relayParent.hash(), head, parentHeadSupplied));
    }

    @Then("^the collation gets its validation data$")
    public void validationDataGiven() {
        FeatureSupport.assertEquals(Optional.of(expectedValidationData), answered(validationData, "validation data"),
                "validation data");
    }

    @Then("^the collation gets no validation data$")
    public void noValidationData() {
        FeatureSupport.assertEquals(Optional.empty(), answered(validationData, "validation data"), "validation data");
    }

    @Before
    public void scenarioTags(Scenario scenario) {
        tags = scenario.getSourceTagNames();
    }

    @Given("the node follows the {variant} variant")
    public void variant(Variant v) {
        profile = Profile.of(v);
    }

    /** A rejection nobody looked at means a set-up step failed: the scenario must not pass silently. */
    @After
    public void noUnexaminedRejection() {
        if (!unexamined.isEmpty()) {
            String name = unexamined.iterator().next();
            throw new AssertionFailedError("seconding of candidate " + name + ": expected accepted but was "
                    + FeatureSupport.describe(outcomes.get(name)));
        }
    }

    private ProspectiveParachainsSubject subject() {
        if (subject == null) {
            implementation = FeatureSupport.forProfile(FeatureSupport.implementationFor(
                    Subject.PROSPECTIVE_PARACHAINS), profile, tags);
            subject = implementation.prospectiveParachains(params);
        }
        return subject;
    }

    private void describe(String name, String parent, String relayParent) {
        RelayBlock rp = relayParent != null ? relayBlock(relayParent) : latestLeaf;
        if (rp == null) {
            throw new IllegalArgumentException("candidate " + name + " needs a relay parent: no leaf is active yet");
        }
        Draft fresh = new Draft(parentHead(parent, name), rp);
        Draft known = drafts.get(name);
        if (known != null && !(known.parent.equals(fresh.parent) && known.relayParent.equals(rp))) {
            throw new IllegalArgumentException("candidate " + name + " was described before with another parent or"
                    + " relay parent");
        }
        if (known == null) {
            fresh.output = HeadData.ofLabel("head of " + name);
            drafts.put(name, fresh);
        }
    }

    private HeadData parentHead(String parent, String owner) {
        if (parent.equals("the included head")) {
            return includedHead;
        } else if (parent.equals("an unknown head")) {
            return HeadData.ofLabel("unknown head under " + owner);
        }
        return draft(parent).output;
    }

    private Draft draft(String name) {
        Draft d = drafts.get(name);
        if (d == null) {
            throw new IllegalArgumentException("candidate " + name + " was not described in this scenario");
        }
        return d;
    }

    private static CandidateCommitments commitmentsOf(Draft d) {
        CandidateCommitments commitments = CandidateCommitments.producing(d.output, d.relayParent.number());
        return d.upward > 0 ? commitments.withUpwardMessages(Collections.nCopies(d.upward, 10L)) : commitments;
    }

    private static PersistedValidationData validationDataOf(Draft d) {
        return PersistedValidationData.of(d.parent, d.relayParent.info(), POV);
    }

    /**
     * The receipt of a candidate naming a scheduling parent of its own: a V3 descriptor on core 0 naming the relay
     * parent's session and the scheduling parent's as an offset from it.
     */
    private static Receipts.Built scheduledReceipt(Draft d) {
        Receipts.DescriptorChoice v3 = Receipts.V3.onCoreZero(d.relayParent.session(),
                d.schedulingParent.hash().hash(), d.schedulingParent.session());
        return Receipts.build(d.para, d.relayParent.hash(), validationDataOf(d), commitmentsOf(d), d.code, v3, 0);
    }

    private Candidate build(String name) {
        Draft d = draft(name);
        CandidateCommitments commitments = commitmentsOf(d);
        PersistedValidationData pvd = validationDataOf(d);
        if (d.committed != null) {
            Receipts.Built receipt = Receipts.build(d.para, d.relayParent.hash(), Receipts.validationDataHash(
                    d.committed), ValidationDataEncoding.headHash(d.output), commitments, d.code, Receipts.BASELINE, 0);
            CandidateHash hash = new CandidateHash(receipt.candidateHash());
            names.put(hash, name);
            return new Candidate(hash, d.para, d.relayParent.hash(), pvd, commitments, d.code, receipt.receipt());
        }
        if (d.schedulingParent != null) {
            Receipts.Built receipt = scheduledReceipt(d);
            CandidateHash hash = new CandidateHash(receipt.candidateHash());
            hashUsed.add(name);
            names.put(hash, name);
            return new Candidate(hash, d.para, d.relayParent.hash(), pvd, commitments, d.code, receipt.receipt(),
                    d.schedulingParent.hash());
        }
        return new Candidate(hashOf(d.hashAs == null ? name : d.hashAs), d.para, d.relayParent.hash(), pvd,
                commitments, d.code);
    }

    private void introduce(String name) {
        Outcome outcome = subject().introduceSeconded(build(name));
        outcomes.put(name, outcome);
        if (outcome.isAccepted()) {
            unexamined.remove(name);
        } else {
            unexamined.add(name);
        }
    }

    private void back(String name) {
        FeatureSupport.assertAccepted("backing of candidate " + name,
                subject().candidateBacked(draft(name).para, hashOf(name)));
    }

    private Outcome outcome(String name) {
        Outcome outcome = outcomes.get(name);
        if (outcome == null) {
            throw new IllegalArgumentException("candidate " + name + " was not seconded in this scenario");
        }
        unexamined.remove(name);
        return outcome;
    }

    private ChainView chainView(String block) {
        RelayBlock relayParent = block == null ? latestLeaf : relayBlock(block);
        if (relayParent == null) {
            throw new IllegalArgumentException("no leaf is active yet");
        }
        return subject().chain(relayParent.hash(), PARA).orElseThrow(() -> new AssertionFailedError(
                "expected a fragment chain of the para at " + blockName(block) + " but there is none"));
    }

    /**
     * The hash of a named candidate: its ordinal puts names in alphabetical order, with room below each for the
     * candidates a scenario says are lower.
     */
    private CandidateHash hashOf(String name) {
        hashUsed.add(name);
        Draft d = drafts.get(name);
        CandidateHash hash = d != null && d.schedulingParent != null && d.committed == null
                ? new CandidateHash(scheduledReceipt(d).candidateHash())
                : new CandidateHash(Hash32.ofOrdinal(ordinal(name)));
        names.put(hash, name);
        return hash;
    }

    private long ordinal(String name) {
        return ordinals.computeIfAbsent(name, n -> {
            if (n.length() > 8) {
                throw new IllegalArgumentException("candidate names have at most 8 characters but was " + n);
            }
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = value * 64 + (i < n.length() ? digit(n.charAt(i)) : 0);
            }
            long ordinal = (value << 12) + 2048;
            if (ordinals.containsValue(ordinal)) {
                throw new IllegalStateException("two candidate names share the ordinal of " + n);
            }
            return ordinal;
        });
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return 1 + c - '0';
        } else if (c >= 'A' && c <= 'Z') {
            return 11 + c - 'A';
        } else if (c >= 'a' && c <= 'z') {
            return 37 + c - 'a';
        }
        return 63;
    }

    private String nameOf(CandidateHash hash) {
        return names.getOrDefault(hash, "an unnamed candidate " + hash);
    }

    private RelayBlock relayBlock(String text) {
        Matcher m = RELAY_BLOCK.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected 'relay block <n>' but was '" + text + "'");
        }
        long number = Long.parseLong(m.group(1));
        if (m.group(2) == null) {
            return mainBlock(number);
        }
        forkBlocks.add(text);
        String parent = "relay block " + (number - 1) + " of fork " + m.group(2);
        String parentLabel = forkBlocks.contains(parent) ? parent : "relay block " + (number - 1);
        return named(RelayBlock.ofLabel(text, number, parentLabel, childSession(number)), text);
    }

    private RelayBlock mainBlock(long number) {
        return named(RelayBlock.ofLabel("relay block " + number, number, "relay block " + (number - 1),
                childSession(number)), "relay block " + number);
    }

    private RelayBlock named(RelayBlock block, String name) {
        blockNames.put(block.hash(), name);
        return block;
    }

    private RelayBlock parentOf(RelayBlock block) {
        long number = block.number().value() - 1;
        for (String fork : forkBlocks) {
            RelayBlock candidate = relayBlock(fork);
            if (candidate.hash().equals(block.parent())) {
                return candidate;
            }
        }
        return mainBlock(number);
    }

    /** The session of a block's children: a block just before the new session already has it. */
    private long childSession(long number) {
        return number + 1 >= sessionStart ? 1 : 0;
    }

    private String leafName(RelayHash hash) {
        return blockNames.getOrDefault(hash, "an unnamed block " + hash);
    }

    private String blockName(String block) {
        return block != null ? block : latestLeaf == null ? "no leaf" : leafName(latestLeaf.hash());
    }

    private List<String> render(List<BackableCandidate> candidates) {
        return candidates.stream().map(c -> nameOf(c.candidate()) + " at " + leafName(c.relayParent())).toList();
    }

    private static List<String> names(String list) {
        return List.of(list.split(", | and "));
    }

    private static List<Long> numbers(String list) {
        return Arrays.stream(list.split(",|and")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Long::valueOf).toList();
    }

    private static <T> T answered(T answer, String what) {
        if (answer == null) {
            throw new IllegalArgumentException("no question about " + what + " was asked in this scenario");
        }
        return answer;
    }


    /** A candidate as the scenario describes it, built into a receipt when it is seconded or asked about. */
    private static final class Draft {
        private final HeadData parent;
        private final RelayBlock relayParent;
        private HeadData output;
        private ParaId para = PARA;
        private ValidationCodeHash code = CODE;
        private int upward;
        /** The validation data its receipt's descriptor commits to; null for a candidate without a receipt. */
        private PersistedValidationData committed;
        /** The stored candidate whose hash this one is given (two receipts under one hash: a collision). */
        private String hashAs;
        /** The scheduling parent it names (a V3 descriptor); null where it is the relay parent. */
        private RelayBlock schedulingParent;

        Draft(HeadData parent, RelayBlock relayParent) {
            this.parent = parent;
            this.relayParent = relayParent;
        }
    }
}

package dev.abkit.features;

import dev.abkit.catalog.Profile;
import dev.abkit.catalog.Subject;
import dev.abkit.catalog.Variant;
import dev.abkit.model.HeadData;
import dev.abkit.model.Outcome;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.reference.constraints.CandidateCommitments;
import dev.abkit.reference.constraints.ConstraintCandidate;
import dev.abkit.reference.constraints.Constraints;
import dev.abkit.reference.constraints.FutureCode;
import dev.abkit.reference.constraints.HrmpChannelLimits;
import dev.abkit.reference.constraints.NewCode;
import dev.abkit.reference.constraints.OutboundHrmpMessage;
import dev.abkit.reference.constraints.PersistedValidationData;
import dev.abkit.reference.constraints.RelayParentInfo;
import dev.abkit.reference.constraints.ValidationCodeHash;
import dev.abkit.spi.CandidateConstraintsSubject;
import dev.abkit.spi.Implementation;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Steps of the candidate constraints feature: constraints of a relay parent are set up, candidates are described and
 * checked one after another through the implementation's candidate-constraints subject.
 */
public final class ConstraintsSteps {
    private static final HeadData INCLUDED = HeadData.ofLabel("included head");

    private Constraints base = Constraints.permissive(INCLUDED, code("current"), RelayBlockNumber.of(0));
    private final Map<String, Draft> drafts = new HashMap<>();
    private final Map<String, Outcome> outcomes = new HashMap<>();
    private Implementation implementation;
    private CandidateConstraintsSubject subject;
    private Profile profile = Profile.BASELINE;
    private Collection<String> tags = List.of();

    @Before
    public void scenarioTags(Scenario scenario) {
        tags = scenario.getSourceTagNames();
    }

    @Given("the inclusion emulator follows the {variant} variant")
    public void variant(Variant v) {
        profile = Profile.of(v);
    }

    private static ValidationCodeHash code(String name) {
        return ValidationCodeHash.ofLabel(name);
    }

    private static RelayParentInfo relayBlock(long number) {
        return RelayParentInfo.ofLabel("relay block " + number, number);
    }

    private CandidateConstraintsSubject subject() {
        if (subject == null) {
            implementation = FeatureSupport.forProfile(FeatureSupport.implementationFor(
                    Subject.CANDIDATE_CONSTRAINTS), profile, tags);
            subject = implementation.candidateConstraints(base);
        }
        return subject;
    }

    private Draft draft(String name) {
        Draft d = drafts.get(name);
        if (d == null) {
            throw new IllegalArgumentException("candidate " + name + " was not described in this scenario");
        }
        return d;
    }

    @Given("the oldest allowed relay parent is relay block {long}")
    public void minimumRelayParent(long number) {
        base = base.withMinRelayParentNumber(RelayBlockNumber.of(number));
    }

    @Given("the para's head data may be at most {long} bytes")
    public void maxHeadData(long size) {
        base = base.withMaxHeadDataSize(size);
    }

    @Given("new validation code may be at most {long} bytes")
    public void maxCode(long size) {
        base = base.withMaxCodeSize(size);
    }

    @Given("the relay chain restricts code upgrades of the para")
    public void upgradeRestricted() {
        base = base.withUpgradeRestricted(true);
    }

    @Given("an upgrade to code {string} is scheduled for relay block {long}")
    public void upgradeScheduled(String name, long at) {
        base = base.withFutureValidationCode(new FutureCode.Scheduled(RelayBlockNumber.of(at), code(name)));
    }

    @Given("a candidate may send at most {long} horizontal messages")
    public void maxHrmpPerCandidate(long count) {
        base = base.withHrmpChannels(base.hrmpChannelsOut(), count);
    }

    @Given("an outbound channel to para {int} can take {long} more bytes in {long} more messages")
    public void channel(int para, long bytes, long messages) {
        TreeMap<ParaId, HrmpChannelLimits> channels = new TreeMap<>(base.hrmpChannelsOut());
        channels.put(ParaId.of(para), new HrmpChannelLimits(bytes, messages));
        base = base.withHrmpChannels(channels, base.maxHrmpNumPerCandidate());
    }

    @Given("the relay dispatch queue can take {long} more upward messages and {long} more bytes")
    public void umpQueue(long messages, long bytes) {
        base = base.withUmp(messages, bytes, base.maxUmpNumPerCandidate());
    }

    @Given("a candidate may send at most {long} upward messages")
    public void umpPerCandidate(long count) {
        base = base.withUmp(base.umpRemaining(), base.umpRemainingBytes(), count);
    }

    @Given("downward messages sent at relay blocks {longs} are queued for the para")
    public void downwardQueue(List<Long> sentAt) {
        base = base.withDmpRemainingMessages(sentAt.stream().map(RelayBlockNumber::of).toList());
    }

    @Given("the valid HRMP watermarks are relay blocks {longs}")
    public void validWatermarks(List<Long> blocks) {
        base = base.withValidWatermarks(blocks.stream().map(RelayBlockNumber::of).toList());
    }

    @Given("candidate {word} builds on the included head at relay block {long}")
    public void onIncluded(String name, long relayParent) {
        drafts.put(name, new Draft(INCLUDED, relayBlock(relayParent), name));
    }

    @Given("candidate {word} builds on {word} at relay block {long}")
    public void onParent(String name, String parent, long relayParent) {
        drafts.put(name, new Draft(HeadData.ofLabel("head of " + parent), relayBlock(relayParent), name));
    }

    @Given("{word} is validated with code {string}")
    public void validatedWith(String name, String codeName) {
        draft(name).code = code(codeName);
    }

    @Given("{word} has head data of {int} bytes")
    public void headSize(String name, int size) {
        draft(name).head = HeadData.of("0x" + "ab".repeat(size));
    }

    @Given("{word} carries new validation code of {long} bytes")
    public void newCode(String name, long size) {
        draft(name).newCode = NewCode.of(size);
    }

    @Given("{word} sends horizontal messages of {long} bytes to paras {ints}")
    public void horizontal(String name, long size, List<Integer> paras) {
        draft(name).horizontal = paras.stream().map(p -> new OutboundHrmpMessage(ParaId.of(p), size)).toList();
    }

    @Given("{word} sends upward messages of {longs} bytes")
    public void upward(String name, List<Long> sizes) {
        draft(name).upward = sizes;
    }

    @Given("{word} sends upward messages of {longs} bytes, then the UMP separator and UMP signals of {longs} bytes")
    public void upwardWithSignals(String name, List<Long> sizes, List<Long> signals) {
        List<Long> all = new java.util.ArrayList<>(sizes);
        all.add(0L);
        all.addAll(signals);
        draft(name).upward = all;
    }

    @Given("{word} processes {int} downward message(s)")
    public void processes(String name, int count) {
        draft(name).processed = count;
    }

    @Given("{word} sets its HRMP watermark to relay block {long}")
    public void watermark(String name, long block) {
        draft(name).watermark = RelayBlockNumber.of(block);
    }

    @Given("{word} states a PoV size limit of {long} bytes in its validation data")
    public void statesPov(String name, long size) {
        draft(name).statedPov = size;
    }

    @Given("{word} states the storage root of another block in its validation data")
    public void statesRoot(String name) {
        draft(name).foreignRoot = true;
    }

    @When("{word} is checked against the constraints")
    public void check(String name) {
        outcomes.put(name, subject().append(draft(name).build(base)));
    }

    @When("{word} and then {word} are checked against the constraints")
    public void checkBoth(String first, String second) {
        check(first);
        FeatureSupport.assertAccepted(first, outcomes.get(first));
        check(second);
    }

    @Then("the constraints accept {word}")
    public void accepted(String name) {
        FeatureSupport.assertAccepted("candidate " + name, outcome(name));
    }

    @Then("the constraints reject {word} under {word}")
    public void rejected(String name, String rule) {
        FeatureSupport.assertRejected(implementation, "candidate " + name, rule, outcome(name));
    }

    @Then("the next candidate must build on the head of {word}")
    public void nextParent(String name) {
        FeatureSupport.assertEquals(HeadData.ofLabel("head of " + name), subject().constraints().requiredParent(),
                "required parent");
    }

    @Then("the next candidate may send {long} more upward message(s)")
    public void umpLeft(long count) {
        FeatureSupport.assertEquals(count, subject().constraints().umpRemaining(), "upward messages remaining");
    }

    @Then("the next candidate must use code {string}")
    public void nextCode(String name) {
        FeatureSupport.assertEquals(code(name), subject().constraints().validationCodeHash(), "validation code");
    }

    @Then("the valid HRMP watermarks for the next candidate are relay blocks {longs}")
    public void nextWatermarks(List<Long> blocks) {
        FeatureSupport.assertEquals(blocks.stream().map(RelayBlockNumber::of).toList(),
                subject().constraints().validWatermarks(),
                "valid watermarks");
    }

    @Then("downward messages sent at relay blocks {longs} remain queued for the next candidate")
    public void nextQueue(List<Long> sentAt) {
        FeatureSupport.assertEquals(sentAt.stream().map(RelayBlockNumber::of).toList(),
                subject().constraints().dmpRemainingMessages(), "downward queue");
    }

    private Outcome outcome(String name) {
        Outcome outcome = outcomes.get(name);
        if (outcome == null) {
            throw new IllegalArgumentException("candidate " + name + " was not checked in this scenario");
        }
        return outcome;
    }


    private static final class Draft {
        private final HeadData parent;
        private final RelayParentInfo relayParent;
        private HeadData head;
        private ValidationCodeHash code = code("current");
        private NewCode newCode = NewCode.NONE;
        private List<OutboundHrmpMessage> horizontal = new ArrayList<>();
        private List<Long> upward = new ArrayList<>();
        private int processed;
        private RelayBlockNumber watermark;
        private Long statedPov;
        private boolean foreignRoot;

        Draft(HeadData parent, RelayParentInfo relayParent, String name) {
            this.parent = parent;
            this.relayParent = relayParent;
            this.head = HeadData.ofLabel("head of " + name);
            this.watermark = relayParent.number();
        }

        ConstraintCandidate build(Constraints base) {
            CandidateCommitments commitments = new CandidateCommitments(head, upward, horizontal, newCode, processed,
                    watermark);
            PersistedValidationData data = new PersistedValidationData(parent, relayParent.number(),
                    foreignRoot ? relayBlock(relayParent.number().value() + 1000).storageRoot()
                            : relayParent.storageRoot(),
                    statedPov == null ? base.maxPovSize() : statedPov);
            return new ConstraintCandidate(relayParent, commitments, code, data);
        }
    }
}

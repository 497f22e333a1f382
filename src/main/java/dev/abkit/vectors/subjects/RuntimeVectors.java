package dev.abkit.vectors.subjects;

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
import dev.abkit.catalog.RuleId;
import dev.abkit.catalog.Variant;
import dev.abkit.encoding.Bytes;
import dev.abkit.encoding.Receipts;
import dev.abkit.encoding.UmpSignal;
import dev.abkit.model.CandidateHash;
import dev.abkit.model.Hash32;
import dev.abkit.model.HeadData;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.model.RelayHash;
import dev.abkit.reference.constraints.PersistedValidationData;
import dev.abkit.reference.prospective.ClaimQueue;
import dev.abkit.reference.runtime.AllowedRelayParent;
import dev.abkit.reference.runtime.BackedCandidate;
import dev.abkit.reference.runtime.ParaGenesis;
import dev.abkit.reference.runtime.RelayBlock;
import dev.abkit.reference.runtime.RuntimeEvent;
import dev.abkit.reference.runtime.RuntimeGenesis;
import dev.abkit.reference.runtime.RuntimeParams;
import dev.abkit.spi.RuntimeAcceptanceSubject;
import dev.abkit.vectors.CaseBuilder;
import dev.abkit.vectors.CaseSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The vectors of area RT: relay chains executed over several blocks, with the allowed relay parents filling up and
 * sliding, session changes, availability and timeouts across blocks, and candidates on both sides of every rule.
 */
public final class RuntimeVectors extends CaseSource {
    private static final ParaId P = ParaId.of(2000);
    private static final ParaId Q = ParaId.of(2001);
    private static final HeadData P_GENESIS = HeadData.ofLabel("g2000");
    private static final HeadData Q_GENESIS = HeadData.ofLabel("g2001");
    private static final Hash32 P_CODE = Hash32.ofLabel("code-2000");
    private static final Hash32 Q_CODE = Hash32.ofLabel("code-2001");
    private static final RuntimeDriver DRIVER = new RuntimeDriver();
    private static final Profile RECEIPTS_V2 = Profile.of(Variant.CANDIDATE_DESCRIPTOR_V2);


    public RuntimeVectors() {
        super("runtime-acceptance-blocks", 1);
    }

    @Override
    protected void write() {
        allowedRelayParents();
        sessionChange();
        progression();
        chaining();
        descriptor();
        dropRestOfPara();
        minRelayParent();
        availability();
        timeouts();
        receiptChecks();
        coreIndex();
    }

    private void allowedRelayParents() {
        add(chain(AB_RT_001, "oldest-allowed", "with a=2 in block 10 the relay parent 7 (N-1-a) is accepted", 2)
                .to(10).tracker(7, 8, 9)
                .accepted(cand("a", P, 7, P_GENESIS, head("a"))).para(P));
        add(chain(AB_RT_001, "one-too-old", "with a=2 in block 10 the relay parent 6 (N-2-a) is dropped", 2)
                .to(10)
                .rejected(AB_RT_001, cand("a", P, 6, P_GENESIS, head("a"))).para(P));
        add(chain(AB_RT_001, "parent-allowed", "the parent N-1 is always an allowed relay parent", 2)
                .to(10)
                .accepted(cand("a", P, 9, P_GENESIS, head("a"))).para(P));
        add(chain(AB_RT_001, "including-block", "the including block N itself is not an allowed relay parent", 2)
                .to(10)
                .rejected(AB_RT_001, cand("a", P, 10, P_GENESIS, head("a"))).para(P));
        BackedCandidate fork = new BackedCandidate(CandidateHash.ofLabel("fork"), P, RelayHash.ofLabel("fork-9"),
                cand("x", P, 9, P_GENESIS, head("a")).validationData(), head("a"), BackedCandidate.headHash(head("a")),
                P_CODE, 0);
        add(chain(AB_RT_001, "off-chain", "a relay parent with the number of an allowed block but another hash is"
                + " dropped", 2)
                .to(10)
                .rejected(AB_RT_001, fork).para(P));
        add(chain(AB_RT_001, "tracker-fills-up", "from the genesis the allowed relay parents fill up to a+1 and"
                + " then slide; block 3 still allows the genesis, block 4 no longer does", 2)
                .block().tracker(0)
                .block().tracker(0, 1)
                .block().tracker(0, 1, 2)
                .accepted(cand("a", P, 0, P_GENESIS, head("a"))).para(P)
                .block().tracker(1, 2, 3)
                .rejected(AB_RT_001, cand("b", Q, 0, Q_GENESIS, head("b"))).para(Q));
        add(chain(AB_RT_001, "window-slides", "a relay parent allowed in block 10 is too old in block 11", 2)
                .to(10)
                .accepted(cand("a", P, 7, P_GENESIS, head("a")))
                .block().tracker(8, 9, 10)
                .rejected(AB_RT_001, cand("b", Q, 7, Q_GENESIS, head("b"))).para(P).para(Q));
        add(chain(AB_RT_001, "zero-ancestry-parent", "with a=0 the parent is the only allowed relay parent", 0)
                .to(10).tracker(9)
                .accepted(cand("a", P, 9, P_GENESIS, head("a"))).para(P));
        add(chain(AB_RT_001, "zero-ancestry-grandparent", "with a=0 the relay parent N-2 is dropped", 0)
                .to(10)
                .rejected(AB_RT_001, cand("a", P, 8, P_GENESIS, head("a"))).para(P));
        add(chain(AB_RT_001, "ancestry-one-oldest", "with a=1 in block 10 the relay parent 8 is accepted", 1)
                .to(10).tracker(8, 9)
                .accepted(cand("a", P, 8, P_GENESIS, head("a"))).para(P));
        add(chain(AB_RT_001, "ancestry-one-too-old", "with a=1 in block 10 the relay parent 7 is dropped", 1)
                .to(10)
                .rejected(AB_RT_001, cand("a", P, 7, P_GENESIS, head("a"))).para(P));
        add(chain(AB_RT_001, "ancestry-three-oldest", "with a=3 in block 10 the relay parent 6 is accepted and 5 is"
                + " dropped for another para", 3)
                .to(10).tracker(6, 7, 8, 9)
                .rejected(AB_RT_001, cand("a", P, 6, P_GENESIS, head("a")), cand("b", Q, 5, Q_GENESIS, head("b")))
                .para(P).para(Q));
    }

    private void sessionChange() {
        add(chain(AB_RT_002, "first-block-allows-parent", "in the first block S of a session only S-1 is allowed,"
                + " and it is accepted", 2)
                .to(9).newSession().tracker(9)
                .accepted(cand("a", P, 9, P_GENESIS, head("a"))).para(P));
        add(chain(AB_RT_002, "old-session-relay-parent", "in block S the relay parent S-2 is dropped although it is"
                + " within a blocks", 2)
                .to(9).newSession()
                .rejected(AB_RT_002, cand("a", P, 8, P_GENESIS, head("a"))).para(P));
        add(chain(AB_RT_002, "window-refills", "over the new session the allowed relay parents refill from S-1;"
                + " S-2 stays disallowed in S+1 though within a", 2)
                .to(9).newSession().block().tracker(9, 10)
                .rejected(AB_RT_002, cand("a", P, 8, P_GENESIS, head("a")))
                .block().tracker(9, 10, 11)
                .accepted(cand("b", P, 9, P_GENESIS, head("b")))
                .block().tracker(10, 11, 12).para(P));
        add(chain(AB_RT_002, "drops-pending", "a session change drops every candidate pending availability of every"
                + " para, keeping the included heads", 2)
                .to(9)
                .accepted(cand("a", P, 8, P_GENESIS, head("a")), cand("b", Q, 8, Q_GENESIS, head("b")))
                .para(P).para(Q)
                .newSession().para(P).para(Q)
                .accepted(cand("c", P, 9, P_GENESIS, head("c"))).para(P));
        add(chain(AB_RT_002, "same-session-keeps", "blocks of the same session keep the relay parents and the"
                + " candidates pending availability", 2)
                .to(9)
                .accepted(cand("a", P, 8, P_GENESIS, head("a")))
                .block().tracker(7, 8, 9).para(P)
                .accepted(cand("b", P, 9, head("a"), head("b"))).para(P));
    }

    private void progression() {
        add(chain(AB_RT_003, "equal-to-pending", "a relay parent equal to that of the newest pending candidate is"
                + " accepted", 2)
                .to(10)
                .accepted(cand("a", P, 9, P_GENESIS, head("a")))
                .block()
                .accepted(cand("b", P, 9, head("a"), head("b"))).para(P));
        add(chain(AB_RT_003, "below-pending", "a relay parent one below that of the newest pending candidate is"
                + " dropped, though the included context is older", 2)
                .to(10)
                .accepted(cand("a", P, 9, P_GENESIS, head("a")))
                .block()
                .rejected(AB_RT_003, cand("b", P, 8, head("a"), head("b"))).para(P));
        add(chain(AB_RT_003, "equal-to-included", "with nothing pending a relay parent equal to the para's most"
                + " recent context is accepted", 2, 8)
                .to(10)
                .accepted(cand("a", P, 8, P_GENESIS, head("a"))).para(P));
        add(chain(AB_RT_003, "below-included", "with nothing pending a relay parent one below the para's most recent"
                + " context is dropped", 2, 8)
                .to(10)
                .rejected(AB_RT_003, cand("a", P, 7, P_GENESIS, head("a"))).para(P));
        add(chain(AB_RT_003, "context-from-inclusion", "inclusion moves the most recent context to the included"
                + " candidate's relay parent; an older relay parent is then dropped", 2)
                .to(10)
                .accepted(cand("a", P, 9, P_GENESIS, head("a")))
                .block().available("a").para(P)
                .rejected(AB_RT_003, cand("b", P, 8, head("a"), head("b"))).para(P));
        add(chain(AB_RT_004, "equal-within-inherent", "a later candidate of the para in the same inherent may repeat"
                + " the relay parent", 2)
                .to(10)
                .accepted(cand("a", P, 9, P_GENESIS, head("a")), cand("b", P, 9, head("a"), head("b"))).para(P));
        add(chain(AB_RT_004, "advancing-within-inherent", "a later candidate of the para in the same inherent may use"
                + " a newer relay parent", 2)
                .to(10)
                .accepted(cand("a", P, 8, P_GENESIS, head("a")), cand("b", P, 9, head("a"), head("b"))).para(P));
        add(chain(AB_RT_004, "backwards-within-inherent", "a later candidate of the para in the same inherent with an"
                + " older relay parent is dropped", 2)
                .to(10)
                .rejected(AB_RT_004, cand("a", P, 9, P_GENESIS, head("a")), cand("b", P, 8, head("a"), head("b")))
                .para(P));
    }

    private void chaining() {
        add(chain(AB_RT_005, "on-included-head", "the first candidate builds on the included head", 2)
                .to(10)
                .accepted(cand("a", P, 9, P_GENESIS, head("a"))).para(P));
        add(chain(AB_RT_005, "on-pending-head", "with a candidate pending availability the next one builds on its"
                + " output", 2)
                .to(10)
                .accepted(cand("a", P, 9, P_GENESIS, head("a")))
                .block()
                .accepted(cand("b", P, 10, head("a"), head("b"))).para(P));
        add(chain(AB_RT_005, "on-included-while-pending", "with a candidate pending availability a candidate building"
                + " on the included head is dropped", 2)
                .to(10)
                .accepted(cand("a", P, 9, P_GENESIS, head("a")))
                .block()
                .rejected(AB_RT_005, cand("b", P, 10, P_GENESIS, head("b"))).para(P));
        add(chain(AB_RT_005, "chain-in-inherent", "a candidate builds on the previous candidate of the para in the"
                + " same inherent", 2)
                .to(10)
                .accepted(cand("a", P, 9, P_GENESIS, head("a")), cand("b", P, 9, head("a"), head("b")),
                        cand("c", Q, 9, Q_GENESIS, head("c")))
                .para(P).para(Q));
        add(chain(AB_RT_005, "sibling-in-inherent", "a second candidate building on the same head as the first in"
                + " the inherent is dropped", 2)
                .to(10)
                .rejected(AB_RT_005, cand("a", P, 9, P_GENESIS, head("a")), cand("b", P, 9, P_GENESIS, head("b")))
                .para(P));
        add(chain(AB_RT_005, "on-head-after-inclusion", "after inclusion the next candidate builds on the new para"
                + " head", 2)
                .to(10)
                .accepted(cand("a", P, 9, P_GENESIS, head("a")))
                .block().available("a")
                .accepted(cand("b", P, 10, head("a"), head("b"))).para(P));
        add(chain(AB_RT_006, "duplicate", "a candidate repeated in the inherent is dropped although it would chain",
                2)
                .to(10)
                .rejected(AB_RT_006, cand("a", P, 9, P_GENESIS, P_GENESIS), cand("a", P, 9, P_GENESIS, P_GENESIS))
                .para(P));
        add(chain(AB_RT_006, "same-content-other-hash", "a candidate with the same content as the previous one but"
                + " its own hash chains and is accepted", 2)
                .to(10)
                .accepted(cand("a", P, 9, P_GENESIS, P_GENESIS), cand("a2", P, 9, P_GENESIS, P_GENESIS)).para(P));
    }

    private void descriptor() {
        RuntimeParams params = RuntimeParams.ofAncestry(2);
        BackedCandidate base = cand("a", P, 9, P_GENESIS, head("a"));
        add(chain(AB_RT_007, "validation-data-matches", "validation data with the relay parent's number and state"
                + " root and the configured PoV limit is accepted", 2)
                .to(10).accepted(base).para(P));
        add(chain(AB_RT_007, "wrong-relay-parent-number", "validation data naming the number of another allowed"
                + " block is dropped", 2)
                .to(10)
                .rejected(AB_RT_007, withData(base, new PersistedValidationData(P_GENESIS, RelayBlockNumber.of(8),
                        RelayBlock.of(9, 0).stateRoot(), params.maxPovSize()))).para(P));
        add(chain(AB_RT_007, "wrong-state-root", "validation data with the state root of another block is dropped", 2)
                .to(10)
                .rejected(AB_RT_007, withData(base, new PersistedValidationData(P_GENESIS, RelayBlockNumber.of(9),
                        RelayBlock.of(8, 0).stateRoot(), params.maxPovSize()))).para(P));
        add(chain(AB_RT_007, "wrong-pov-limit", "validation data with another PoV limit is dropped", 2)
                .to(10)
                .rejected(AB_RT_007, withData(base, new PersistedValidationData(P_GENESIS, RelayBlockNumber.of(9),
                        RelayBlock.of(9, 0).stateRoot(), params.maxPovSize() - 1))).para(P));
        add(chain(AB_RT_008, "current-code", "a candidate validated with the para's current code is accepted", 2)
                .to(10).accepted(base).para(P));
        add(chain(AB_RT_008, "other-code", "a candidate validated with another para's code is dropped", 2)
                .to(10)
                .rejected(AB_RT_008, new BackedCandidate(base.hash(), P, base.relayParent(), base.validationData(),
                        base.outputHead(), base.paraHead(), Q_CODE, 0)).para(P));
        add(chain(AB_RT_009, "para-head-matches", "a descriptor whose para head hashes the output head is accepted",
                2)
                .to(10).accepted(base).para(P));
        add(chain(AB_RT_009, "para-head-mismatch", "a descriptor whose para head hashes another head is dropped", 2)
                .to(10)
                .rejected(AB_RT_009, new BackedCandidate(base.hash(), P, base.relayParent(), base.validationData(),
                        base.outputHead(), BackedCandidate.headHash(head("b")), P_CODE, 0)).para(P));
        HeadData atLimit = HeadData.of("0x" + "ab".repeat(params.maxHeadDataSize()));
        HeadData overLimit = HeadData.of("0x" + "ab".repeat(params.maxHeadDataSize() + 1));
        add(chain(AB_RT_010, "head-at-limit", "head data of exactly max_head_data_size bytes is accepted", 2)
                .to(10).accepted(cand("a", P, 9, P_GENESIS, atLimit)).para(P));
        add(chain(AB_RT_010, "head-over-limit", "head data one byte over max_head_data_size is dropped", 2)
                .to(10).rejected(AB_RT_010, cand("a", P, 9, P_GENESIS, overLimit)).para(P));
        add(chain(AB_RT_010, "code-at-limit", "new code of exactly max_code_size bytes is accepted", 2)
                .to(10).accepted(withCode(base, params.maxCodeSize())).para(P));
        add(chain(AB_RT_010, "code-over-limit", "new code one byte over max_code_size is dropped", 2)
                .to(10).rejected(AB_RT_010, withCode(base, params.maxCodeSize() + 1)).para(P));
    }

    private void dropRestOfPara() {
        BackedCandidate badCode = new BackedCandidate(CandidateHash.ofLabel("a"), P, RelayBlock.of(9, 0).hash(),
                cand("a", P, 9, P_GENESIS, head("a")).validationData(), head("a"), BackedCandidate.headHash(head("a")),
                Q_CODE, 0);
        add(chain(AB_RT_011, "later-candidate-dropped", "after a dropped candidate the para's later candidate is"
                + " dropped too, even one that would chain; another para's candidate is accepted", 2)
                .to(10)
                .rejected(AB_RT_008, badCode, cand("b", P, 9, P_GENESIS, head("b")), cand("c", Q, 9, Q_GENESIS,
                        head("c")))
                .para(P).para(Q));
        add(chain(AB_RT_011, "interleaved-paras", "a dropped candidate of one para leaves the interleaved candidates"
                + " of another para judged on their own", 2)
                .to(10)
                .rejected(AB_RT_001, cand("c", Q, 9, Q_GENESIS, head("c")), cand("a", P, 5, P_GENESIS, head("a")),
                        cand("d", Q, 9, head("c"), head("d")), cand("b", P, 9, head("a"), head("b")))
                .para(P).para(Q));
        add(chain(AB_RT_011, "all-accepted", "when no candidate of the para is dropped, every later one is judged"
                + " and accepted", 2)
                .to(10)
                .accepted(cand("a", P, 8, P_GENESIS, head("a")), cand("b", P, 9, head("a"), head("b")),
                        cand("c", P, 9, head("b"), head("c")))
                .para(P));
    }

    private void minRelayParent() {
        add(chain(AB_RT_012, "full-tracker", "with a=2 at leaf 10 the minimum relay parent is 8", 2)
                .to(10).min(8).tracker(7, 8, 9));
        add(chain(AB_RT_012, "filling-from-genesis", "from the genesis the minimum stays at the genesis until the"
                + " tracker holds a entries", 2)
                .block().min(0).block().min(0).block().min(1).block().min(2));
        add(chain(AB_RT_012, "zero-ancestry", "with a=0 the minimum relay parent is the leaf itself", 0)
                .to(10).min(10));
        add(chain(AB_RT_012, "session-start", "in the first block S of a session the minimum is S-1, and it stays"
                + " there until the tracker refills", 2)
                .to(9).newSession().min(9).block().min(9).block().min(10).block().min(11));
    }

    private void availability() {
        add(chain(AB_RT_013, "single-included", "an available candidate is included: the para head and most recent"
                + " context take its values", 2)
                .to(10)
                .accepted(cand("a", P, 8, P_GENESIS, head("a")))
                .block().available("a").para(P));
        add(chain(AB_RT_013, "prefix-included", "two pending candidates made available together are both included,"
                + " oldest first", 2)
                .to(10)
                .accepted(cand("a", P, 8, P_GENESIS, head("a")))
                .block()
                .accepted(cand("b", P, 9, head("a"), head("b")))
                .block().available("a", "b").para(P));
        add(chain(AB_RT_013, "later-available-waits", "a later candidate made available before the earlier one waits,"
                + " then is included with it without new votes", 2)
                .to(10)
                .accepted(cand("a", P, 8, P_GENESIS, head("a")), cand("b", P, 9, head("a"), head("b")))
                .block().available("b").para(P)
                .block().available("a").para(P));
        add(chain(AB_RT_013, "other-para-independent", "availability of one para's candidate includes it while the"
                + " other para's candidate keeps waiting", 2)
                .to(10)
                .accepted(cand("a", P, 9, P_GENESIS, head("a")), cand("b", Q, 9, Q_GENESIS, head("b")))
                .block().available("b").para(P).para(Q));
    }

    private void timeouts() {
        add(chain(AB_RT_014, "timeout-drops-later", "a timed-out candidate and the later candidate of its para are"
                + " dropped; a new candidate then builds on the included head", 2)
                .to(10)
                .accepted(cand("a", P, 8, P_GENESIS, head("a")), cand("b", P, 9, head("a"), head("b")))
                .block().timedOut("a").para(P)
                .accepted(cand("c", P, 10, P_GENESIS, head("c"))).para(P));
        add(chain(AB_RT_014, "timeout-keeps-earlier", "a timed-out later candidate is dropped and the earlier one"
                + " stays; the next candidate builds on the earlier one", 2)
                .to(10)
                .accepted(cand("a", P, 8, P_GENESIS, head("a")), cand("b", P, 9, head("a"), head("b")))
                .block().timedOut("b")
                .accepted(cand("c", P, 10, head("a"), head("c"))).para(P));
        add(chain(AB_RT_014, "after-partial-inclusion", "the earlier candidate is included and the later one times"
                + " out in the next block; the para keeps the included head", 2)
                .to(10)
                .accepted(cand("a", P, 8, P_GENESIS, head("a")), cand("b", P, 9, head("a"), head("b")))
                .block().available("a")
                .block().timedOut("b")
                .accepted(cand("c", P, 11, head("a"), head("c"))).para(P));
        add(chain(AB_RT_014, "other-para-untouched", "a timeout of one para's candidate leaves the other para's"
                + " pending candidate", 2)
                .to(10)
                .accepted(cand("a", P, 9, P_GENESIS, head("a")), cand("b", Q, 9, Q_GENESIS, head("b")))
                .block().timedOut("a").para(P).para(Q));
    }

    private Chain chain(RuleId rule, String slug, String description, int ancestry) {
        return chain(rule, slug, description, ancestry, 0);
    }

    private Chain chain(RuleId rule, String slug, String description, int ancestry, long pContext) {
        return chain(rule, slug, description, ancestry, pContext, Profile.BASELINE);
    }

    private Chain chain(RuleId rule, String slug, String description, int ancestry, long pContext,
            Profile profile) {
        return chain(rule, slug, description, RuntimeParams.ofAncestry(ancestry), pContext, profile);
    }

    private Chain chain(RuleId rule, String slug, String description, RuntimeParams params, long pContext,
            Profile profile) {
        String id = "rt-" + rule.value().substring(rule.value().lastIndexOf('-') + 1) + "-" + slug;
        RuntimeGenesis genesis = new RuntimeGenesis(RelayBlock.of(0, 0), List.of(
                new ParaGenesis(P, P_GENESIS, P_CODE, RelayBlockNumber.of(pContext)),
                ParaGenesis.of(Q, Q_GENESIS, Q_CODE)));
        return new Chain(CaseBuilder.start(DRIVER, id, description, List.of(rule), profile,
                new RuntimeDriver.Parameters(params, genesis)));
    }

    /** A case of the candidate-descriptor-v2 runtime. */
    private Chain v2Chain(RuleId rule, String slug, String description) {
        return chain(rule, slug, description, 2, 0, RECEIPTS_V2);
    }

    /**
     * AB-RT-015 .. AB-RT-017 under candidate-descriptor-v2: the V2 descriptor's session index and the UMP signals
     * after the separator. A signal here is real bytes: SelectCore(0, 0), ApprovedPeer of a 32-byte peer id; the
     * "XCM message" is four bytes starting with the index 5 of a versioned XCM, which no signal has.
     */
    private void receiptChecks() {
        Bytes selectCore = new UmpSignal.SelectCore(0, 0).encode();
        Bytes otherCore = new UmpSignal.SelectCore(1, 0).encode();
        Bytes approvedPeer = new UmpSignal.ApprovedPeer(Bytes.ofHex(Hash32.ofLabel("collator peer id").hex()))
                .encode();
        Bytes xcm = Bytes.ofHex("0x050c0000");
        Bytes sep = Bytes.EMPTY;
        BackedCandidate a = cand("a", P, 9, P_GENESIS, head("a"));
        add(v2Chain(AB_RT_015, "v2-current-session", "a V2 descriptor naming the session of the including block is"
                + " accepted")
                .to(10).accepted(Shape.v2(0), a).para(P));
        add(v2Chain(AB_RT_015, "v2-next-session", "a V2 descriptor naming the next session is dropped")
                .to(10).rejected(AB_RT_015, Shape.v2(1), a).para(P));
        add(v2Chain(AB_RT_015, "v2-after-session-change", "after a session change a V2 descriptor must name the new"
                + " session: the old one is dropped, the new one accepted")
                .to(7).newSession().to(10)
                .rejected(AB_RT_015, Shape.v2(0), a)
                .block().accepted(Shape.v2(1), a).para(P));
        add(v2Chain(AB_RT_016, "select-core-and-approved-peer", "messages, the separator, then one SelectCore and one"
                + " ApprovedPeer are accepted")
                .to(10).accepted(Shape.v2(0, xcm, sep, selectCore, approvedPeer), a).para(P));
        add(v2Chain(AB_RT_016, "separator-without-signal", "a separator with nothing after it carries no signal and"
                + " is accepted")
                .to(10).accepted(Shape.v2(0, xcm, sep), a).para(P));
        add(v2Chain(AB_RT_016, "two-select-core", "two SelectCore signals are dropped even when they select"
                + " different cores")
                .to(10).rejected(AB_RT_016, Shape.v2(0, sep, selectCore, otherCore), a).para(P));
        add(v2Chain(AB_RT_016, "two-approved-peer", "two ApprovedPeer signals are dropped")
                .to(10).rejected(AB_RT_016, Shape.v2(0, sep, approvedPeer, approvedPeer), a).para(P));
        add(v2Chain(AB_RT_016, "message-after-separator", "an XCM message after the separator does not decode as a"
                + " signal and is dropped")
                .to(10).rejected(AB_RT_016, Shape.v2(0, sep, xcm), a).para(P));
        add(v2Chain(AB_RT_016, "three-signals", "a third element after SelectCore and ApprovedPeer is dropped")
                .to(10).rejected(AB_RT_016, Shape.v2(0, sep, selectCore, approvedPeer, selectCore), a).para(P));
        add(v2Chain(AB_RT_017, "v1-without-signal", "a V1 descriptor with messages and no signal is accepted")
                .to(10).accepted(Shape.v1(xcm, sep), a).para(P));
        add(v2Chain(AB_RT_017, "v1-with-select-core", "a V1 descriptor with a SelectCore signal is dropped")
                .to(10).rejected(AB_RT_017, Shape.v1(xcm, sep, selectCore), a).para(P));
        add(v2Chain(AB_RT_017, "v1-with-approved-peer", "a V1 descriptor with an ApprovedPeer signal is dropped")
                .to(10).rejected(AB_RT_017, Shape.v1(sep, approvedPeer), a).para(P));
    }

    /** A case of the candidate-descriptor-v2 runtime whose relay parents hold {@code queue}. */
    private Chain coreChain(RuleId rule, String slug, String description, ClaimQueue queue) {
        return chain(rule, slug, description, RuntimeParams.ofAncestry(2).withClaimQueue(queue), 0, RECEIPTS_V2);
    }

    /**
     * AB-RT-018 .. AB-RT-020 under candidate-descriptor-v2: a V2 descriptor's core index against the claim queue at
     * the relay parent. The claim queue of most cases: core 0 claimed by 2000 at both depths, core 1 by 2000 then
     * 2001, core 2 by 2001 at both; so 2000 holds cores 0 and 1 at offset 0 and core 0 at offset 1, 2001 holds core
     * 2 at offset 0 and cores 1 and 2 at offset 1, and no para holds anything at offset 2.
     */
    private void coreIndex() {
        ClaimQueue queue = new ClaimQueue(List.of(List.of(P, P), List.of(P, Q), List.of(Q, Q)), 2);
        BackedCandidate a = cand("a", P, 9, P_GENESIS, head("a"));
        BackedCandidate b = cand("b", Q, 9, Q_GENESIS, head("b"));
        add(coreChain(AB_RT_018, "core-at-offset", "a SelectCore at offset 1 finds the para's core there and is"
                + " accepted", queue)
                .to(10).accepted(Shape.core(0, select(0, 1)), a).para(P));
        add(coreChain(AB_RT_018, "no-core-at-offset", "a SelectCore at an offset beyond the claim queue finds no"
                + " core of the para and is dropped", queue)
                .to(10).rejected(AB_RT_018, Shape.core(0, select(0, 2)), a).para(P));
        add(coreChain(AB_RT_018, "para-without-claim", "a para with no claim in the claim queue at the relay parent"
                + " is dropped", new ClaimQueue(List.of(List.of(P, P)), 2))
                .to(10).rejected(AB_RT_018, Shape.core(0), b).para(Q));
        add(coreChain(AB_RT_019, "selector-picks-core", "the selector 1 picks the second of the para's cores 0"
                + " and 1, which the descriptor names", queue)
                .to(10).accepted(Shape.core(1, select(1, 0)), a).para(P));
        add(coreChain(AB_RT_019, "selector-wraps", "the selector 3 picks the second of two cores (3 modulo 2)",
                queue)
                .to(10).accepted(Shape.core(1, select(3, 0)), a).para(P));
        add(coreChain(AB_RT_019, "other-core-of-para", "a descriptor naming core 0 while the selector picks core 1"
                + " is dropped, though core 0 is the para's too", queue)
                .to(10).rejected(AB_RT_019, Shape.core(0, select(1, 0)), a).para(P));
        add(coreChain(AB_RT_019, "offset-picks-depth", "the offset 1 reads the para's cores at depth 1 (1 and 2), so"
                + " selector 0 picks core 1", queue)
                .to(10).accepted(Shape.core(1, select(0, 1)), b).para(Q));
        add(coreChain(AB_RT_019, "offset-not-ignored", "with offset 1 selector 0 picks core 1; a descriptor naming"
                + " core 2, the para's core at depth 0, is dropped", queue)
                .to(10).rejected(AB_RT_019, Shape.core(2, select(0, 1)), b).para(Q));
        add(coreChain(AB_RT_019, "single-core-without-selector", "without a SelectCore the para's single core at"
                + " offset 0 is the committed one", queue)
                .to(10).accepted(Shape.core(2), b).para(Q));
        add(coreChain(AB_RT_019, "single-core-mismatch", "without a SelectCore a descriptor naming another core than"
                + " the para's single core at offset 0 is dropped", queue)
                .to(10).rejected(AB_RT_019, Shape.core(1), b).para(Q));
        add(coreChain(AB_RT_019, "two-cores-in-one-inherent", "two candidates of a para in one inherent select its"
                + " two cores and are both accepted", queue)
                .to(10).accepted(new Shape[] {Shape.core(0, select(0, 0)), Shape.core(1, select(1, 0))},
                        a, cand("c", P, 9, head("a"), head("c")))
                .para(P));
        add(coreChain(AB_RT_020, "any-core-without-selector", "without a SelectCore a descriptor naming either of"
                + " the para's two cores at offset 0 is accepted", queue)
                .to(10).accepted(Shape.core(1), a).para(P));
        add(coreChain(AB_RT_020, "core-outside-without-selector", "without a SelectCore a descriptor naming a core"
                + " the para does not hold at offset 0 is dropped", queue)
                .to(10).rejected(AB_RT_020, Shape.core(2), a).para(P));
    }

    /** The separator, then a SelectCore signal. */
    private static Bytes[] select(int selector, int offset) {
        return new Bytes[] {Bytes.EMPTY, new UmpSignal.SelectCore(selector, offset).encode()};
    }

    private void add(Chain chain) {
        add(chain.builder.build(name(), version(), 0));
    }

    private static HeadData head(String label) {
        return HeadData.ofLabel("head-" + label);
    }

    /** A candidate that passes every rule when it builds on {@code parent} at relay block {@code rp}. */
    private static BackedCandidate cand(String label, ParaId para, long rp, HeadData parent, HeadData output) {
        RelayBlock relayParent = RelayBlock.of(rp, 0);
        return new BackedCandidate(CandidateHash.ofLabel(label), para, relayParent.hash(),
                new PersistedValidationData(parent, relayParent.number(), relayParent.stateRoot(),
                        RuntimeParams.ofAncestry(0).maxPovSize()),
                output, BackedCandidate.headHash(output), para.equals(P) ? P_CODE : Q_CODE, 0);
    }

    private static BackedCandidate withData(BackedCandidate c, PersistedValidationData data) {
        return new BackedCandidate(c.hash(), c.para(), c.relayParent(), data, c.outputHead(), c.paraHead(),
                c.validationCodeHash(), c.newCodeSize());
    }

    private static BackedCandidate withCode(BackedCandidate c, long size) {
        return new BackedCandidate(c.hash(), c.para(), c.relayParent(), c.validationData(), c.outputHead(),
                c.paraHead(), c.validationCodeHash(), size);
    }

    /** The descriptor and the upward messages (as bytes, separator and signals included) of a receipt. */
    private record Shape(Receipts.DescriptorChoice descriptor, List<Bytes> upward) {
        static final Shape PLAIN = new Shape(Receipts.BASELINE, List.of());

        static Shape v2(long session, Bytes... upward) {
            return new Shape(new Receipts.V2(0, session), List.of(upward));
        }

        /** A V2 descriptor of session 0 naming {@code core}. */
        static Shape core(int core, Bytes... upward) {
            return new Shape(new Receipts.V2(core, 0), List.of(upward));
        }

        static Shape v1(Bytes... upward) {
            return new Shape(Receipts.BASELINE, List.of(upward));
        }
    }

    /** A case as a relay chain: blocks are imported one by one, in the current session unless a new one starts. */
    private static final class Chain {
        private final CaseBuilder<RuntimeDriver.Parameters, RuntimeEvent, RuntimeDriver.Query,
                RuntimeAcceptanceSubject> builder;
        private long number;
        private long session;
        private final Map<CandidateHash, CandidateHash> real = new HashMap<>();

        Chain(CaseBuilder<RuntimeDriver.Parameters, RuntimeEvent, RuntimeDriver.Query, RuntimeAcceptanceSubject>
                builder) {
            this.builder = builder;
        }

        Chain block() {
            number++;
            builder.accepted(new RuntimeEvent.RelayBlockImported(RelayBlock.of(number, session)));
            return this;
        }

        Chain to(long target) {
            while (number < target) {
                block();
            }
            return this;
        }

        Chain newSession() {
            session++;
            return block();
        }

        Chain accepted(BackedCandidate... candidates) {
            return accepted(Shape.PLAIN, candidates);
        }

        Chain rejected(RuleId rule, BackedCandidate... candidates) {
            return rejected(rule, Shape.PLAIN, candidates);
        }

        /** The candidates, whose receipts have this descriptor and these upward messages, are accepted. */
        Chain accepted(Shape shape, BackedCandidate... candidates) {
            builder.accepted(new RuntimeEvent.CandidatesBacked(withReceipts(shape, candidates)));
            return this;
        }

        /** The candidates, each with the receipt shape at its position, are accepted. */
        Chain accepted(Shape[] shapes, BackedCandidate... candidates) {
            List<BackedCandidate> backed = new ArrayList<>();
            for (int i = 0; i < candidates.length; i++) {
                backed.addAll(withReceipts(shapes[i], candidates[i]));
            }
            builder.accepted(new RuntimeEvent.CandidatesBacked(backed));
            return this;
        }

        Chain rejected(RuleId rule, Shape shape, BackedCandidate... candidates) {
            builder.rejected(new RuntimeEvent.CandidatesBacked(withReceipts(shape, candidates)), rule);
            return this;
        }

        /**
         * The candidates with their committed receipts and real hashes; the PoV hash is the one the label gives, and
         * a label names the candidate last backed under it.
         */
        private List<BackedCandidate> withReceipts(Shape shape, BackedCandidate... candidates) {
            List<BackedCandidate> result = new ArrayList<>();
            for (BackedCandidate c : candidates) {
                Receipts.Built receipt = Receipts.forBacked(c.para(), c.relayParent(), c.validationData(),
                        c.outputHead(), c.paraHead(), c.validationCodeHash(), c.newCodeSize(), c.hash().hash(),
                        shape.descriptor(), shape.upward());
                CandidateHash hash = new CandidateHash(receipt.candidateHash());
                real.put(c.hash(), hash);
                result.add(new BackedCandidate(hash, c.para(), c.relayParent(), c.validationData(), c.outputHead(),
                        c.paraHead(), c.validationCodeHash(), c.newCodeSize(), receipt.receipt()));
            }
            return result;
        }

        Chain available(String... labels) {
            builder.accepted(new RuntimeEvent.CandidatesAvailable(hashes(labels)));
            return this;
        }

        Chain timedOut(String... labels) {
            builder.accepted(new RuntimeEvent.AvailabilityTimedOut(hashes(labels)));
            return this;
        }

        /** Checks the allowed relay parents, which the author states by number, oldest first. */
        Chain tracker(long... expected) {
            RuntimeDriver.AllowedRelayParents query = new RuntimeDriver.AllowedRelayParents();
            List<Long> actual = ((List<?>) builder.peek(query)).stream()
                    .map(rp -> ((AllowedRelayParent) rp).number().value()).toList();
            intend(Arrays.stream(expected).boxed().toList(), actual, "allowed relay parents");
            builder.check(query);
            return this;
        }

        /** Checks the minimum relay-parent number, which the author states. */
        Chain min(long expected) {
            RuntimeDriver.MinRelayParentNumber query = new RuntimeDriver.MinRelayParentNumber();
            intend(expected, ((RelayBlockNumber) builder.peek(query)).value(), "min relay parent number");
            builder.check(query);
            return this;
        }

        private void intend(Object expected, Object actual, String what) {
            if (!expected.equals(actual)) {
                throw new IllegalStateException("block " + number + ": intended " + what + " " + expected
                        + " but the reference gave " + actual);
            }
        }

        Chain para(ParaId para) {
            builder.check(new RuntimeDriver.ParaState(para));
            return this;
        }

        private List<CandidateHash> hashes(String... labels) {
            return Arrays.stream(labels).map(CandidateHash::ofLabel).map(h -> real.getOrDefault(h, h)).toList();
        }
    }
}

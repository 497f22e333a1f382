package dev.abkit.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
import dev.abkit.reference.constraints.PersistedValidationData;
import dev.abkit.reference.constraints.RelayParentInfo;
import dev.abkit.reference.constraints.ValidationCodeHash;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DomainJsonTest {
    @Test
    void constraintsRoundTrip() {
        Constraints c = Constraints.permissive(HeadData.ofLabel("h"), ValidationCodeHash.ofLabel("c"),
                        RelayBlockNumber.of(3))
                .withHrmpChannels(Map.of(ParaId.of(7), new HrmpChannelLimits(10, 2)), 4)
                .withFutureValidationCode(new FutureCode.Scheduled(RelayBlockNumber.of(9), ValidationCodeHash.ofLabel("n")));
        JsonNode tree = DomainJson.toTree(c);
        assertEquals(3, tree.get("min_relay_parent_number").asLong());
        assertEquals("scheduled", tree.get("future_validation_code").get("type").asText());
        assertEquals(10, tree.get("hrmp_channels_out").get("7").get("bytes_remaining").asLong());
        assertEquals(c, DomainJson.fromTree(tree, Constraints.class));
    }

    @Test
    void candidateRoundTrip() {
        RelayParentInfo rp = RelayParentInfo.ofLabel("r", 5);
        ConstraintCandidate candidate = new ConstraintCandidate(rp,
                CandidateCommitments.producing(HeadData.ofLabel("o"), rp.number()).withNewCode(NewCode.of(12))
                        .withUpwardMessages(List.of(3L)),
                ValidationCodeHash.ofLabel("c"), PersistedValidationData.of(HeadData.ofLabel("h"), rp, 100));
        JsonNode tree = DomainJson.toTree(candidate);
        assertEquals(candidate, DomainJson.fromTree(tree, ConstraintCandidate.class));
        assertEquals(tree, DomainJson.toTree(DomainJson.fromTree(tree, ConstraintCandidate.class)));
    }

    @Test
    void outcomeIsTagged() {
        JsonNode rejected = DomainJson.toTree(Outcome.rejected(dev.abkit.catalog.RuleId.of("AB-CONS-001"), "d"));
        assertEquals("rejected", rejected.get("type").asText());
        assertEquals("AB-CONS-001", rejected.get("rule").asText());
        assertEquals(Outcome.accepted(), DomainJson.fromTree(DomainJson.toTree(Outcome.accepted()), Outcome.class));
    }

    @Test
    void badValueNamesTheProblem() {
        JsonNode tree = DomainJson.toTree(Constraints.permissive(HeadData.ofLabel("h"), ValidationCodeHash.ofLabel("c"),
                RelayBlockNumber.of(3)));
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree).put("required_parent", "xyz");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DomainJson.fromTree(tree, Constraints.class));
        assertTrue(e.getMessage().contains("xyz"), e.getMessage());
    }

    @Test
    void prospectiveEventsRoundTrip() {
        dev.abkit.reference.prospective.RelayBlock leaf =
                dev.abkit.reference.prospective.RelayBlock.ofLabel("r2", 2, "r1", 0);
        dev.abkit.reference.prospective.RelayBlock parent =
                dev.abkit.reference.prospective.RelayBlock.ofLabel("r1", 1, "r0", 0);
        Constraints constraints = Constraints.permissive(HeadData.ofLabel("h"), ValidationCodeHash.ofLabel("c"),
                RelayBlockNumber.of(0));
        RelayParentInfo rp = RelayParentInfo.ofLabel("r1", 1);
        dev.abkit.reference.prospective.PendingCandidate pending = new dev.abkit.reference.prospective.PendingCandidate(
                dev.abkit.model.CandidateHash.ofLabel("p"), rp, CandidateCommitments.producing(HeadData.ofLabel("o"),
                rp.number()), ValidationCodeHash.ofLabel("c"), 100);
        dev.abkit.reference.prospective.ProspectiveEvent activation =
                dev.abkit.reference.prospective.ProspectiveEvent.ActivateLeaf.of(leaf, List.of(parent),
                        Map.of(ParaId.of(1), new dev.abkit.reference.prospective.BackingState(constraints,
                                List.of(pending))));
        JsonNode tree = DomainJson.toTree(activation);
        assertEquals("activate_leaf", tree.get("type").asText());
        assertEquals(activation, DomainJson.fromTree(tree, dev.abkit.reference.prospective.ProspectiveEvent.class));
    }
}

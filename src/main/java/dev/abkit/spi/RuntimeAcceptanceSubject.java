package dev.abkit.spi;

import dev.abkit.model.CandidateHash;
import dev.abkit.model.ParaId;
import dev.abkit.model.RelayBlockNumber;
import dev.abkit.reference.runtime.AllowedRelayParent;
import dev.abkit.reference.runtime.BackedCandidate;
import dev.abkit.reference.runtime.CandidateVerdict;
import dev.abkit.reference.runtime.ParaView;
import dev.abkit.reference.runtime.RelayBlock;
import java.util.List;

/**
 * The runtime-acceptance subject (upstream: the relay runtime's {@code shared}, {@code paras_inherent} and
 * {@code inclusion} pallets). One instance executes one relay chain from its genesis block; within a block the calls
 * come in upstream's order: {@link #importBlock}, then {@link #candidatesAvailable}, then
 * {@link #availabilityTimedOut}, then at most one {@link #candidatesBacked}.
 */
public interface RuntimeAcceptanceSubject {
    /**
     * Executes the next relay block: a newer session first clears the allowed relay parents and drops every candidate
     * pending availability (AB-RT-002), then the block's parent joins the allowed relay parents, which keep the
     * a+1 newest (AB-RT-001). Returns the candidates the session change dropped.
     */
    List<CandidateHash> importBlock(RelayBlock block);

    /**
     * These candidates pending availability reached the availability threshold; each para's available prefix is
     * included (AB-RT-013). Returns the included candidates, per para oldest first.
     */
    List<CandidateHash> candidatesAvailable(List<CandidateHash> candidates);

    /**
     * These candidates pending availability timed out; each, with every later candidate of its para, is dropped
     * (AB-RT-014). Returns the dropped candidates.
     */
    List<CandidateHash> availabilityTimedOut(List<CandidateHash> candidates);

    /**
     * The backed candidates of the current block's paras inherent, judged per para in order (AB-RT-001 ..
     * AB-RT-011); the accepted ones become pending availability. Returns one verdict per candidate, in input order.
     */
    List<CandidateVerdict> candidatesBacked(List<BackedCandidate> candidates);

    /** The relay parents allowed in the block executed last, oldest first (AB-RT-001, AB-RT-002). */
    List<AllowedRelayParent> allowedRelayParents();

    /** The {@code min_relay_parent_number} the runtime reports at the block executed last (AB-RT-012). */
    RelayBlockNumber minRelayParentNumber();

    /** A para's included head, code hash, most recent context and candidates pending availability (AB-RT-013). */
    ParaView para(ParaId para);
}

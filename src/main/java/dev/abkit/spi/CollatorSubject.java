package dev.abkit.spi;

import dev.abkit.reference.collator.AuthoringPace;
import dev.abkit.reference.collator.BuildDecision;
import dev.abkit.reference.collator.BuildOpportunity;
import dev.abkit.reference.collator.GoAheadDecision;
import dev.abkit.reference.collator.GoAheadSituation;
import dev.abkit.reference.collator.InboundMessages;
import dev.abkit.reference.collator.InboundRequest;
import dev.abkit.reference.collator.MessagingState;
import dev.abkit.reference.collator.OutboundRequest;
import dev.abkit.reference.collator.OutboundSelection;
import dev.abkit.reference.collator.ParentSearchParams;
import dev.abkit.reference.collator.PotentialParent;
import dev.abkit.reference.collator.SlotTiming;
import dev.abkit.reference.segment.BandwidthLimits;
import java.util.List;
import java.util.Optional;

/**
 * The collator subject (upstream: cumulus's collator client, {@code parent_search.rs} and the aura collators, and
 * the decisions {@code parachain-system} takes while the collator builds a block). One instance knows the relay chain
 * and the local parachain blocks it was created with; every method is a question about them, or about the inputs it
 * is given, and changes nothing.
 */
public interface CollatorSubject {
    /** The potential parents for a new block, by depth and then block name (AB-COL-001 to AB-COL-006). */
    List<PotentialParent> potentialParents(ParentSearchParams search);

    /** The potential parent the collator builds on, or none when there is none (AB-COL-007). */
    Optional<PotentialParent> buildParent(ParentSearchParams search);

    /** Whether the collator authors a block now, and how it asked the runtime (AB-COL-008 to AB-COL-010). */
    BuildDecision decideBuild(BuildOpportunity opportunity);

    /** The slot-based collator's time between block-production attempts, whole milliseconds (AB-COL-011). */
    long productionIntervalMillis(SlotTiming timing);

    /**
     * How long the slot-based collator waits from {@code nowMillis} (milliseconds since the Unix epoch) for its next
     * attempt, its clock shifted back by {@code offsetMillis} (AB-COL-011).
     */
    long waitForNextAttemptMillis(SlotTiming timing, long nowMillis, long offsetMillis);

    /** The blocks the collator authors per relay slot while the segment has room (AB-COL-012). */
    int blocksPerRelaySlot(AuthoringPace pace);

    /** The outbound messages a block sends and those it keeps (AB-RTD-001, AB-RTD-002). */
    OutboundSelection selectOutbound(OutboundRequest request);

    /** What a block does with the relay chain's code-upgrade signal (AB-RTD-003). */
    GoAheadDecision goAhead(GoAheadSituation situation);

    /** The outbound limits a block derives from the relay-chain messaging state (AB-RTD-004). */
    BandwidthLimits outboundLimits(MessagingState state);

    /** The offered inbound messages the block still processes (AB-RTD-005). */
    InboundMessages inboundToProcess(InboundRequest request);
}

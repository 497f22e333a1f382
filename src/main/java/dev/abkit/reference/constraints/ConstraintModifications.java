package dev.abkit.reference.constraints;

import dev.abkit.model.HeadData;
import dev.abkit.model.ParaId;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How one candidate, or a chain of candidates stacked in order, changes the constraints of the next candidate
 * (upstream {@code ConstraintModifications}): the new required parent, the HRMP watermark, messages sent and
 * processed, and whether a scheduled code upgrade was applied.
 */
public record ConstraintModifications(
        HeadData requiredParent,
        HrmpWatermarkUpdate hrmpWatermark,
        SortedMap<ParaId, HrmpChannelUsage> outboundHrmp,
        long umpMessagesSent,
        long umpBytesSent,
        long dmpMessagesProcessed,
        boolean codeUpgradeApplied) {

    public ConstraintModifications {
        if (requiredParent == null || hrmpWatermark == null) {
            throw new IllegalArgumentException("modifications need a required parent and an HRMP watermark");
        }
        outboundHrmp = Collections.unmodifiableSortedMap(new TreeMap<>(outboundHrmp));
    }

    /**
     * The modifications of this chain followed by {@code next}: counts add up, the later candidate sets the
     * required parent and the watermark, and an applied upgrade stays applied.
     */
    public ConstraintModifications stack(ConstraintModifications next) {
        TreeMap<ParaId, HrmpChannelUsage> hrmp = new TreeMap<>(outboundHrmp);
        for (Map.Entry<ParaId, HrmpChannelUsage> e : next.outboundHrmp.entrySet()) {
            hrmp.merge(e.getKey(), e.getValue(), HrmpChannelUsage::plus);
        }
        return new ConstraintModifications(next.requiredParent, next.hrmpWatermark, hrmp,
                umpMessagesSent + next.umpMessagesSent, umpBytesSent + next.umpBytesSent,
                dmpMessagesProcessed + next.dmpMessagesProcessed, codeUpgradeApplied || next.codeUpgradeApplied);
    }
}

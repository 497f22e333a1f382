package dev.abkit.reference.constraints;

import dev.abkit.model.ParaId;

/** One horizontal (HRMP) message a candidate sends: its recipient and its size in bytes. */
public record OutboundHrmpMessage(ParaId recipient, long size) {
    public OutboundHrmpMessage {
        if (recipient == null || size < 0) {
            throw new IllegalArgumentException("an HRMP message needs a recipient and a non-negative size");
        }
    }
}

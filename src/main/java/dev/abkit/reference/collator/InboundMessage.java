package dev.abkit.reference.collator;

/** A downward or horizontal message offered to a block, named for the case, with the relay block it was sent at. */
public record InboundMessage(String name, long sentAt) {
    public InboundMessage {
        if (name == null || name.isBlank() || sentAt < 0) {
            throw new IllegalArgumentException("an inbound message needs a name and a non-negative sent_at");
        }
    }
}

package dev.abkit.reference.collator;

/** The two block-production loops of the aura collators. */
public enum CollatorKind {
    /** Builds on each imported relay block, at most two blocks per import (upstream {@code lookahead.rs}). */
    LOOKAHEAD,
    /** Wakes on a timer and builds one block per wake-up (upstream {@code slot_based}). */
    SLOT_BASED
}

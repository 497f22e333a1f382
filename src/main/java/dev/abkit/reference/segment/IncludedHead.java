package dev.abkit.reference.segment;

import dev.abkit.model.HeadData;

/**
 * The para head the relay-parent state proof reports as included ({@code paras::Heads}), or its absence. Rule
 * AB-SEG-004.
 */
public sealed interface IncludedHead permits IncludedHead.Proven, IncludedHead.Absent {
    static IncludedHead of(HeadData head) {
        return new Proven(head);
    }

    static IncludedHead absent() {
        return Absent.INSTANCE;
    }

    /** The proof carries the included head. */
    record Proven(HeadData head) implements IncludedHead {
        public Proven {
            if (head == null) {
                throw new IllegalArgumentException("a proven included head needs head data");
            }
        }
    }

    /** The proof carries no included head. */
    record Absent() implements IncludedHead {
        static final Absent INSTANCE = new Absent();
    }
}

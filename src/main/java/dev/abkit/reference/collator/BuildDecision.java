package dev.abkit.reference.collator;

/** Whether the collator authors a block now, and how it asked the runtime (AB-COL-008 to AB-COL-010). */
public record BuildDecision(boolean build, RuntimeCall runtimeCall) {
    public BuildDecision {
        if (runtimeCall == null) {
            throw new IllegalArgumentException("a build decision needs its runtime call (or none)");
        }
    }
}

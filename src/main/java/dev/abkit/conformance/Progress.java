package dev.abkit.conformance;

/** Told how far a long run has got, for a progress line; the default ignores it. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (phase, done, total, current) -> {
    };

    /**
     * {@code done} of {@code total} cases of {@code phase} (e.g. "vectors") have run; {@code current} names the last.
     */
    void advance(String phase, int done, int total, String current);
}

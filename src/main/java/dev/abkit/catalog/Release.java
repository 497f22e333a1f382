package dev.abkit.catalog;

import java.util.List;

/**
 * An upstream polkadot-sdk release that reads some rules differently from another, as the set of variants the kit
 * expresses for it. Changes of that release which no variant expresses yet are listed in {@code unexpressed}, so a
 * reader sees where a release profile is only as precise as the kit.
 *
 * @param name {@code polkadot-sdk-stableYYMM}, or {@code polkadot-sdk-master} for the newest code the kit has read
 * @param date the month the release branched off (YYYY-MM), or for master the year of the newest code read (YYYY)
 * @param commit for master, the newest upstream commit the kit has read; empty for a stable release
 * @param baseline whether this release is the kit's baseline profile
 * @param profile the variants the release follows
 * @param pullRequests the pull requests that make the release differ from the one before it
 * @param unexpressed the release's changes that no variant of the kit expresses yet
 * @param note what a reader should know about the release profile
 */
public record Release(String name, String date, String commit, boolean baseline, Profile profile,
        List<String> pullRequests, List<String> unexpressed, String note) {
    /** Release names: polkadot-sdk-stableYYMM or polkadot-sdk-master. */
    static final String NAME_PATTERN = "polkadot-sdk-(stable[0-9]{4}|master)";

    public Release {
        if (!isName(name)) {
            throw new IllegalArgumentException("expected a release name polkadot-sdk-stableYYMM or polkadot-sdk-master "
                    + "but was '" + name + "'");
        }
        if (date == null || !date.matches("[0-9]{4}(-[0-9]{2})?")) {
            throw new IllegalArgumentException("expected a date YYYY-MM or YYYY but was '" + date + "' for release "
                    + name);
        }
        commit = commit == null ? "" : commit.strip();
        pullRequests = List.copyOf(pullRequests);
        unexpressed = List.copyOf(unexpressed);
        note = note == null ? "" : note.strip();
    }

    public static boolean isName(String text) {
        return text != null && text.matches(NAME_PATTERN);
    }
}

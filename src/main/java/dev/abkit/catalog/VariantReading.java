package dev.abkit.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * How a rule reads under one upstream variant, and where upstream has it: the pull request that made the change, the
 * file and function that decide it, and the first polkadot-sdk release ({@code polkadot-sdk-stableYYMM}) that has it.
 * An empty field is one the kit could not pin; the rule's note says what is known instead.
 *
 * @param reads the rule's reading under the variant
 * @param pr the pull request that brought this reading in ("8860"), or empty
 * @param commit the upstream commit the reading was read at, or empty
 * @param file the upstream file that decides the rule under the variant
 * @param function the function in that file
 * @param since the first release with this reading, or empty
 * @param until the last release with this reading, for a reading upstream has since left, or empty
 * @param replacedBy the pull request that replaced this reading, for a reading upstream has left, or empty
 * @param configuration whether the variant is a runtime's configuration choice available in every release (a hook or
 *     a relay-number rule a runtime picks), rather than a change of upstream code
 */
public record VariantReading(String reads, String pr, String commit, String file, String function, String since,
        String until, String replacedBy, boolean configuration) {
    public VariantReading {
        if (reads == null || reads.isBlank()) {
            throw new IllegalArgumentException("a profile entry needs 'reads' (how the rule reads under the variant)");
        }
        if (file == null || file.isBlank() || function == null || function.isBlank()) {
            throw new IllegalArgumentException("a profile entry needs 'file' and 'function' (where upstream decides it)");
        }
        reads = reads.strip();
        file = file.strip();
        function = function.strip();
        pr = number(pr, "pr");
        replacedBy = number(replacedBy, "replaced_by");
        commit = commit == null ? "" : commit.strip();
        if (!commit.isEmpty() && !commit.matches("[0-9a-f]{7,40}")) {
            throw new IllegalArgumentException("expected a commit id in 'commit' but was '" + commit + "'");
        }
        since = release(since, "since");
        until = release(until, "until");
    }

    private static String number(String value, String field) {
        String text = value == null ? "" : value.strip();
        if (!text.isEmpty() && !text.matches("[1-9][0-9]*")) {
            throw new IllegalArgumentException("expected a pull request number in '" + field + "' but was '" + text
                    + "'");
        }
        return text;
    }

    private static String release(String value, String field) {
        String text = value == null ? "" : value.strip();
        if (!text.isEmpty() && !Release.isName(text)) {
            throw new IllegalArgumentException("expected a release name (polkadot-sdk-stableYYMM or polkadot-sdk-master) "
                    + "in '" + field + "' but was '" + text + "'");
        }
        return text;
    }

    /** One line for listings: "PR 8860, node/subsystem-util/src/inclusion_emulator/mod.rs apply_modifications, ...". */
    public String provenance() {
        List<String> parts = new ArrayList<>();
        parts.add(pr.isEmpty() ? "PR not pinned" : "PR " + pr);
        parts.add(file + " " + function + (commit.isEmpty() ? "" : " @ " + commit));
        if (configuration) {
            parts.add("a runtime configuration choice, in every release");
        } else if (!since.isEmpty()) {
            parts.add("since " + since);
        } else if (until.isEmpty()) {
            parts.add("first release not pinned");
        }
        if (!until.isEmpty()) {
            parts.add("until " + until);
        }
        if (!replacedBy.isEmpty()) {
            parts.add("replaced by PR " + replacedBy);
        }
        return String.join(", ", parts);
    }
}

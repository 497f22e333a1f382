package dev.abkit.catalog;

import java.util.regex.Pattern;

/**
 * The stable identifier of one rule of the catalog, {@code AB-<AREA>-<NNN>}. An id is never renumbered
 * or reused; a retired rule keeps its id.
 */
public record RuleId(String value) implements Comparable<RuleId> {
    private static final Pattern FORM = Pattern.compile("AB-([A-Z]+)-(\\d{3})");

    public RuleId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "expected a rule id of the form AB-<AREA>-<NNN> but was '" + value + "'");
        }
    }

    public static RuleId of(String value) {
        return new RuleId(value);
    }

    /** The area code between the two dashes, for example {@code SEG} in {@code AB-SEG-001}. */
    public String areaCode() {
        return value.substring(3, value.lastIndexOf('-'));
    }

    @Override
    public int compareTo(RuleId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package dev.abkit.reference.collator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * The name of a relay-chain or parachain block in a collator case ({@code R3}, {@code B2}). The collator logic only
 * compares blocks for identity, so a name stands for the block hash; in JSON it is a plain string.
 */
public record BlockName(String value) implements Comparable<BlockName> {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_.'-]{1,40}");

    public BlockName {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("expected a block name of letters, digits, '_', '.', ''' or '-' but "
                    + "was '" + value + "'");
        }
    }

    @JsonCreator
    public static BlockName of(String value) {
        return new BlockName(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public int compareTo(BlockName other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

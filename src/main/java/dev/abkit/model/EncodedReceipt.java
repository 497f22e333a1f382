package dev.abkit.model;

import java.util.regex.Pattern;

/**
 * The SCALE encoding of a candidate's committed receipt as {@code 0x}-hex, from which an implementation computes
 * the candidate hash itself. {@link #NONE} (no bytes) stands for a candidate of a format-1 vector or a generated
 * fuzz case, whose hash is given rather than computed.
 */
public record EncodedReceipt(String hex) {
    private static final Pattern FORM = Pattern.compile("0x([0-9a-f]{2})*");
    /** No receipt: the candidate's hash is taken as given. */
    public static final EncodedReceipt NONE = new EncodedReceipt("0x");

    public EncodedReceipt {
        if (hex == null || !FORM.matcher(hex).matches()) {
            throw new IllegalArgumentException(
                    "expected a receipt as 0x and an even number of lowercase hex digits but was '" + hex + "'");
        }
    }

    public boolean isPresent() {
        return hex.length() > 2;
    }

    @Override
    public String toString() {
        return isPresent() ? "receipt(" + (hex.length() - 2) / 2 + " bytes)" : "no receipt";
    }
}

package dev.abkit.model;

/**
 * The SCALE encoding of a candidate's committed receipt as {@code 0x}-hex, from which an implementation computes
 * the candidate hash itself. {@link #NONE} (no bytes) stands for a candidate of a format-1 vector or a generated
 * fuzz case, whose hash is given rather than computed.
 */
public record EncodedReceipt(String hex) {
    /** No receipt: the candidate's hash is taken as given. */
    public static final EncodedReceipt NONE = new EncodedReceipt("0x");

    public EncodedReceipt {
        if (hex == null || hex.length() % 2 != 0 || !Hash32.isLowerHex(hex)) {
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

package dev.abkit.model;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The head data of a parablock, as hex bytes. Two heads are the same head when their bytes are equal (upstream
 * compares their hashes, which is the same thing).
 */
public record HeadData(String hex) {
    public HeadData {
        if (hex == null || hex.length() % 2 != 0 || !Hash32.isLowerHex(hex)) {
            throw new IllegalArgumentException(
                    "expected head data as 0x and an even number of lowercase hex digits but was '" + hex + "'");
        }
    }

    public static HeadData of(String hex) {
        return new HeadData(hex);
    }

    /** Head data whose bytes are the UTF-8 bytes of a label, for tests and examples. */
    public static HeadData ofLabel(String label) {
        return new HeadData("0x" + HexFormat.of().formatHex(label.getBytes(StandardCharsets.UTF_8)));
    }

    /** The size in bytes. */
    public int size() {
        return (hex.length() - 2) / 2;
    }

    @Override
    public String toString() {
        byte[] bytes = HexFormat.of().parseHex(hex.substring(2));
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.chars().allMatch(c -> c >= 0x20 && c < 0x7f) && !text.isEmpty() ? "head(" + text + ")" : hex;
    }
}

package dev.abkit.process;

/**
 * Text an implementation process wrote, made safe to show on a terminal: control characters (an escape sequence that
 * would recolour or move the cursor, a bell, a NUL) are written as {@code \\uXXXX}; everything else is kept.
 */
final class Printable {
    private Printable() {
    }

    static String of(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\t' || c >= 0x7f && c <= 0x9f;
            if (control && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (control) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}

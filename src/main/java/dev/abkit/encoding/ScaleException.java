package dev.abkit.encoding;

/** Bytes that do not decode as the structure expected; the message names the field and the offset. */
public final class ScaleException extends IllegalArgumentException {
    public ScaleException(String message) {
        super(message);
    }
}

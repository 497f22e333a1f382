package dev.abkit.vectors;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the text files a user hands the kit (vectors, their index, expected-failures lists): the size is checked
 * before a byte is read, and the bytes must be UTF-8. Both errors name the file (and the line of a bad byte), so
 * that no input costs more than a bounded time and memory, and none is read two ways by two commands.
 */
public final class InputText {
    /** The largest file the kit reads as a vector, an index or an expected-failures list: 1 MiB. */
    public static final long MAX_BYTES = 1024 * 1024;

    private InputText() {
    }

    /**
     * The text of {@code file}, which must be a regular file of at most {@link #MAX_BYTES} bytes of UTF-8.
     *
     * @param what what the file is, for messages: "vector file", "expected-failures file"
     */
    public static String read(Path file, String what) {
        return decode(file.toString(), bytes(file, what));
    }

    /** The bytes of {@code file}, checked for existence and size first; see {@link #read}. */
    public static byte[] bytes(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no " + what + " " + file + (Files.isDirectory(file)
                    ? " (it is a directory)" : " (check the path; relative paths start at "
                    + Path.of("").toAbsolutePath() + ")"));
        }
        try {
            long size = Files.size(file);
            checkSize(file.toString(), what, size);
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the " + what + " " + file + ": " + e.getMessage(), e);
        }
    }

    /** Fails when {@code size} exceeds {@link #MAX_BYTES}, naming {@code source}. */
    public static void checkSize(String source, String what, long size) {
        if (size > MAX_BYTES) {
            throw new IllegalArgumentException("the " + what + " " + source + " has " + size + " bytes, more than the "
                    + MAX_BYTES + " (1 MiB) the kit reads; a vector is a few KiB (split the case, or check that this "
                    + "is the file you meant)");
        }
    }

    /** Decodes UTF-8 strictly; an invalid byte fails naming {@code source}, the line and the byte offset. */
    public static String decode(String source, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new IllegalArgumentException("invalid UTF-8 (byte 0x" + String.format("%02x", bytes[offset] & 0xff)
                    + " at offset " + offset + "); save the file as UTF-8 (" + source + ":" + line + ")");
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }
}

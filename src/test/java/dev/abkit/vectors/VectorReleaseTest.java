package dev.abkit.vectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The versioned vector release: every file with its SHA-256, the archive's own digest beside it, reproducible. */
class VectorReleaseTest {
    @TempDir
    Path temp;

    @Test
    @DisplayName("the release holds the index, every vector, schema and licence, each checked by SHA256SUMS")
    void release() throws Exception {
        VectorRelease.Written first = VectorRelease.write(Path.of("vectors"), temp.resolve("a"), "1.2.3",
                Path.of("LICENSE"));
        Map<String, byte[]> entries = entries(first.archive());
        String root = "abkit-vectors-1.2.3/";
        int listed = (int) Files.readString(Path.of("vectors/index.txt")).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        assertEquals(listed, first.vectors());
        for (String name : new String[] {"index.txt", "schema.json", "LICENSE", "README.md", "SHA256SUMS"}) {
            assertTrue(entries.containsKey(root + name), name);
        }
        String sums = new String(entries.get(root + "SHA256SUMS"), StandardCharsets.UTF_8);
        assertEquals(entries.size() - 1, sums.lines().count(), "one line per file but SHA256SUMS itself");
        for (String line : sums.lines().toList()) {
            String[] parts = line.split(" {2}", 2);
            assertEquals(parts[0], sha256(entries.get(root + parts[1])), parts[1]);
        }
        assertEquals(first.sha256() + "  abkit-vectors-1.2.3.zip\n", Files.readString(first.checksum()));
        assertEquals(first.sha256(), sha256(Files.readAllBytes(first.archive())));
        VectorRelease.Written again = VectorRelease.write(Path.of("vectors"), temp.resolve("b"), "1.2.3",
                Path.of("LICENSE"));
        assertArrayEquals(Files.readAllBytes(first.archive()), Files.readAllBytes(again.archive()), "reproducible");
    }

    private static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

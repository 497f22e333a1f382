package dev.abkit.vectors;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A versioned release of the vector set for runners outside the kit: one zip holding, under
 * {@code abkit-vectors-<version>/}, the index, every vector it lists, the JSON Schema, the README, the licence and a
 * {@code SHA256SUMS} file ({@code sha256sum -c} checks it), with the zip's own SHA-256 in a file beside it. The zip
 * is reproducible: entries in index order with a fixed timestamp, so the same vectors give the same bytes.
 */
public final class VectorRelease {
    /** The timestamp of every entry (2026-01-01T00:00:00Z), so that the archive depends on its content only. */
    private static final long ENTRY_TIME = 1_767_225_600_000L;

    private VectorRelease() {
    }

    /**
     * The build's entry point ({@code mvn package} runs it): {@code VECTORS TARGET VERSION LICENSE}. Prints what it
     * wrote; a problem fails the build.
     */
    public static void main(String[] args) {
        if (args.length != 4) {
            throw new IllegalArgumentException("expected VECTORS TARGET VERSION LICENSE but got " + List.of(args));
        }
        Written written = write(Path.of(args[0]), Path.of(args[1]), args[2], Path.of(args[3]));
        System.out.println("abkit: wrote " + written.archive() + " (" + written.vectors() + " vectors, sha256 "
                + written.sha256() + ")");
    }

    /** What was written: the archive, its checksum file, and the number of vectors. */
    public record Written(Path archive, Path checksum, String sha256, int vectors) {
    }

    /**
     * Writes {@code abkit-vectors-<version>.zip} and its {@code .sha256} under {@code target}, from the vector
     * directory {@code vectors} (read and checked as {@link VectorSet#fromDirectory} does); {@code license} is added
     * when it exists.
     */
    public static Written write(Path vectors, Path target, String version, Path license) {
        if (!version.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("expected a version of letters, digits, '.', '_' and '-' but was '"
                    + version + "'");
        }
        VectorSet set = VectorSet.fromDirectory(vectors);
        Map<String, Path> files = new LinkedHashMap<>();
        files.put(VectorGenerator.INDEX, vectors.resolve(VectorGenerator.INDEX));
        for (VectorCase c : set.cases()) {
            files.put(vectors.relativize(Path.of(c.source())).toString().replace('\\', '/'), Path.of(c.source()));
        }
        for (String extra : List.of("schema.json", "README.md")) {
            if (Files.isRegularFile(vectors.resolve(extra))) {
                files.put(extra, vectors.resolve(extra));
            }
        }
        if (license != null && Files.isRegularFile(license)) {
            files.put("LICENSE", license);
        }
        String root = "abkit-vectors-" + version + "/";
        Path archive = target.resolve("abkit-vectors-" + version + ".zip");
        try {
            Files.createDirectories(target);
            List<String> sums = new ArrayList<>();
            try (OutputStream file = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(file)) {
                for (Map.Entry<String, Path> e : files.entrySet()) {
                    byte[] bytes = Files.readAllBytes(e.getValue());
                    sums.add(sha256(bytes) + "  " + e.getKey());
                    put(zip, root + e.getKey(), bytes);
                }
                put(zip, root + "SHA256SUMS", (String.join("\n", sums) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            String digest = sha256(Files.readAllBytes(archive));
            Path checksum = target.resolve(archive.getFileName() + ".sha256");
            Files.writeString(checksum, digest + "  " + archive.getFileName() + "\n");
            return new Written(archive, checksum, digest, set.cases().size());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write the vector release under " + target + ": "
                    + e.getMessage(), e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM provides no SHA-256", e);
        }
    }
}

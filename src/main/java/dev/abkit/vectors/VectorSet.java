package dev.abkit.vectors;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A vector set as read for a run: its cases, where it was read from, and a SHA-256 that identifies it in reports.
 * The digest covers the bytes of {@code index.txt} followed by the bytes of every file it lists, in index order,
 * so that {@code cat index.txt $(cat index.txt) | sha256sum} in the vectors directory gives the same value.
 *
 * @param cases the cases, in index order
 * @param sha256 lowercase hex SHA-256 of the index and the files
 * @param origin where the set was read from, e.g. {@code vectors/} or {@code the kit's class path}
 */
public record VectorSet(List<VectorCase> cases, String sha256, String origin) {
    public VectorSet {
        cases = List.copyOf(cases);
    }

    /** The vectors of the working directory's {@code vectors/} if it exists, else those packaged in the kit. */
    public static VectorSet standard() {
        Path local = Path.of("vectors");
        return Files.isRegularFile(local.resolve(VectorGenerator.INDEX)) ? fromDirectory(local) : fromClasspath();
    }

    /** The set under {@code directory}; a missing index or listed file is a configuration error. */
    public static VectorSet fromDirectory(Path directory) {
        Path index = directory.resolve(VectorGenerator.INDEX);
        if (!Files.isRegularFile(index)) {
            throw new IllegalArgumentException("expected a vector directory with an " + VectorGenerator.INDEX
                    + " but found none at " + index);
        }
        return read(directory + "/", name -> {
            Path file = directory.resolve(name);
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read vector file " + file + " listed in " + index + ": "
                        + e.getMessage(), e);
            }
        }, name -> directory.resolve(name).toString());
    }

    /** The set packaged in the kit's jar under {@code vectors/}. */
    public static VectorSet fromClasspath() {
        return read("the kit's class path", name -> {
            String resource = "vectors/" + name;
            try (InputStream in = VectorSet.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalArgumentException("the kit's class path holds no " + resource);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + resource + ": " + e.getMessage(), e);
            }
        }, name -> "vectors/" + name);
    }

    private interface Reader {
        byte[] bytes(String name);
    }

    private interface Naming {
        String source(String name);
    }

    private static VectorSet read(String origin, Reader reader, Naming naming) {
        MessageDigest digest = newDigest();
        byte[] index = reader.bytes(VectorGenerator.INDEX);
        digest.update(index);
        List<VectorCase> cases = new ArrayList<>();
        for (String line : new String(index, StandardCharsets.UTF_8).lines().toList()) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            byte[] file = reader.bytes(name);
            digest.update(file);
            cases.add(VectorCodec.read(naming.source(name), new String(file, StandardCharsets.UTF_8)));
        }
        return new VectorSet(cases, HexFormat.of().formatHex(digest.digest()), origin);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM provides no SHA-256", e);
        }
    }
}

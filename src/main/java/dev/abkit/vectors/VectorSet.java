package dev.abkit.vectors;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

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

    /**
     * The set under {@code directory}. A missing index or listed file, an entry outside the directory, a file or
     * vector id listed twice, a file over {@link InputText#MAX_BYTES} or not UTF-8 is a configuration error naming
     * the file and line.
     */
    public static VectorSet fromDirectory(Path directory) {
        Path index = directory.resolve(VectorGenerator.INDEX);
        if (!Files.isRegularFile(index)) {
            throw new IllegalArgumentException("expected a vector directory with an " + VectorGenerator.INDEX
                    + " but found none at " + index);
        }
        Path root = realPath(directory);
        return read(directory + "/", name -> {
            if (name.equals(VectorGenerator.INDEX)) {
                return InputText.bytes(index, "vector index");
            }
            Path file = directory.resolve(name);
            if (Files.exists(file) && !realPath(file).startsWith(root)) {
                throw new IllegalArgumentException("the entry '" + name + "' leads outside the vector directory "
                        + directory + " (through a symbolic link); list only files inside it");
            }
            return InputText.bytes(file, "vector file");
        }, name -> directory.resolve(name).toString(), index.toString());
    }

    /** The set packaged in the kit's jar under {@code vectors/}. */
    public static VectorSet fromClasspath() {
        return read("the kit's class path", name -> {
            String resource = "vectors/" + name;
            try (InputStream in = VectorSet.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalArgumentException("the kit's class path holds no " + resource);
                }
                byte[] bytes = in.readNBytes((int) InputText.MAX_BYTES + 1);
                InputText.checkSize(resource, "vector file", bytes.length);
                return bytes;
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + resource + ": " + e.getMessage(), e);
            }
        }, name -> "vectors/" + name, "vectors/" + VectorGenerator.INDEX);
    }

    private interface Reader {
        byte[] bytes(String name);
    }

    private interface Naming {
        String source(String name);
    }

    private static VectorSet read(String origin, Reader reader, Naming naming, String indexSource) {
        MessageDigest digest = newDigest();
        byte[] index = reader.bytes(VectorGenerator.INDEX);
        digest.update(index);
        List<VectorCase> cases = new ArrayList<>();
        Map<String, Integer> entries = new HashMap<>();
        Map<String, String> ids = new HashMap<>();
        List<String> lines = InputText.decode(indexSource, index).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String name = lines.get(i).strip();
            int line = i + 1;
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            String at = " (" + indexSource + ":" + line + ")";
            checkEntry(name, at);
            Integer first = entries.putIfAbsent(name, line);
            if (first != null) {
                throw new IllegalArgumentException("'" + name + "' is listed twice, first at line " + first
                        + "; list each vector file once" + at);
            }
            byte[] file;
            try {
                file = reader.bytes(name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage() + at, e);
            }
            digest.update(file);
            String source = naming.source(name);
            VectorCase c = VectorCodec.read(source, InputText.decode(source, file));
            String earlier = ids.putIfAbsent(c.id(), source);
            if (earlier != null) {
                throw new IllegalArgumentException("vector id " + c.id() + " of " + source + " is also the id of "
                        + earlier + "; ids key the expected failures and the reports, so each must be unique" + at);
            }
            cases.add(c);
        }
        return new VectorSet(cases, HexFormat.of().formatHex(digest.digest()), origin);
    }

    /** An index entry is a relative path of the directory's own files: no '..', not absolute, no backslash. */
    private static void checkEntry(String name, String at) {
        boolean absolute = name.startsWith("/") || name.startsWith("~") || name.matches("^[A-Za-z]:.*");
        boolean climbs = List.of(name.split("/")).contains("..");
        if (absolute || climbs || name.contains("\\") || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("the entry '" + name + "' is not a path inside the vector directory; "
                    + "index entries are relative paths like unincluded-segment/seg/seg-001-x.yaml, without '..'"
                    + at);
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM provides no SHA-256", e);
        }
    }
}

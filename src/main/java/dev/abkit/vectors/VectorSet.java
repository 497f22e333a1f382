package dev.abkit.vectors;

import dev.abkit.model.Futures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.FutureTask;

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

    /**
     * Sets parsed lately, with the bytes they were parsed from: the same bytes give the same cases, and parsing is the
     * slow part of reading a set, so a process that reads one set several times parses it once. A set is found by its
     * origin and bytes (compared in full), so that the digest is needed only for a set not parsed yet.
     */
    private static final List<Parsed> PARSED = new ArrayList<>();

    private record Parsed(String origin, byte[] index, List<byte[]> files, List<VectorCase> cases, String sha256) {
        boolean holds(String otherOrigin, byte[] otherIndex, List<Entry> entries) {
            if (!origin.equals(otherOrigin) || !Arrays.equals(index, otherIndex) || files.size() != entries.size()) {
                return false;
            }
            for (int i = 0; i < files.size(); i++) {
                if (!Arrays.equals(files.get(i), entries.get(i).bytes())) {
                    return false;
                }
            }
            return true;
        }
    }

    private record Entry(String name, String at, byte[] bytes) {
    }

    private static VectorSet read(String origin, Reader reader, Naming naming, String indexSource) {
        byte[] index = reader.bytes(VectorGenerator.INDEX);
        Map<String, Integer> lineOf = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        List<String> lines = InputText.decode(indexSource, index).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String name = lines.get(i).strip();
            int line = i + 1;
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            String at = " (" + indexSource + ":" + line + ")";
            checkEntry(name, at);
            Integer first = lineOf.putIfAbsent(name, line);
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
            entries.add(new Entry(name, at, file));
        }
        synchronized (PARSED) {
            for (Parsed p : PARSED) {
                if (p.holds(origin, index, entries)) {
                    // The set read last is kept longest.
                    PARSED.remove(p);
                    PARSED.add(p);
                    return new VectorSet(p.cases(), p.sha256(), origin);
                }
            }
        }
        // The digest is computed on a thread of its own while the files are parsed on every core.
        FutureTask<String> digest = new FutureTask<>(() -> sha256(index, entries));
        Thread digester = new Thread(digest, "abkit-vector-digest");
        digester.setDaemon(true);
        digester.start();
        // The first bad file in index order is the one reported.
        List<Object> parsed = entries.parallelStream().map(entry -> {
            String source = naming.source(entry.name());
            try {
                return (Object) VectorCodec.read(source, InputText.decode(source, entry.bytes()));
            } catch (RuntimeException e) {
                return e;
            }
        }).toList();
        List<VectorCase> cases = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            String source = naming.source(entry.name());
            if (parsed.get(i) instanceof RuntimeException e) {
                throw e;
            }
            VectorCase c = (VectorCase) parsed.get(i);
            String earlier = ids.putIfAbsent(c.id(), source);
            if (earlier != null) {
                throw new IllegalArgumentException("vector id " + c.id() + " of " + source + " is also the id of "
                        + earlier + "; ids key the expected failures and the reports, so each must be unique"
                        + entry.at());
            }
            cases.add(c);
        }
        String sha256 = Futures.get(digest, "hashing the vector set");
        VectorSet set = new VectorSet(cases, sha256, origin);
        synchronized (PARSED) {
            PARSED.add(new Parsed(origin, index, entries.stream().map(Entry::bytes).toList(), set.cases(), sha256));
            if (PARSED.size() > 2) {
                PARSED.remove(0);
            }
        }
        return set;
    }

    /** The set's SHA-256: the index's bytes, then every listed file's, in index order. */
    private static String sha256(byte[] index, List<Entry> entries) {
        MessageDigest digest = newDigest();
        digest.update(index);
        for (Entry entry : entries) {
            digest.update(entry.bytes());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** An index entry is a relative path of the directory's own files: no '..', not absolute, no backslash. */
    private static void checkEntry(String name, String at) {
        char first = name.isEmpty() ? ' ' : Character.toLowerCase(name.charAt(0));
        boolean drive = name.length() >= 2 && name.charAt(1) == ':' && first >= 'a' && first <= 'z';
        boolean absolute = name.startsWith("/") || name.startsWith("~") || drive;
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

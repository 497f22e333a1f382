package dev.abkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input battery: bad processes, files, vector sets and options, each run through the command line as a
 * user would. Every case must end with the documented exit code, a message naming the place to fix (option, file and
 * line, field), no stack trace and no Java or Jackson internals, within a bound of time. The classes follow issue 13:
 * a process failing the hello, a process failing mid-run, oversized and deeply nested files, unknown rule ids, vector
 * set integrity (index confinement, duplicates, UTF-8), messages, options, and runs that verify nothing.
 */
class HostileInputTest {
    /** What no message to a user may contain: stack frames, exception class names, library internals. */
    private static final List<String> INTERNALS = List.of("\tat ", "Exception", "com.fasterxml", "java.lang",
            "java.io.", "org.yaml", "snakeyaml", "dev.abkit.", "PT0S", "FAIL_ON_", "Cannot deserialize",
            "internal error", "Caused by", "JsonToken", "`");
    private static final String CONS_VECTOR = "vectors/candidate-constraints/cons/cons-002-head-over-limit.yaml";
    private static final String HELLO = "{\"id\":1,\"protocol\":1,\"name\":\"sh\",\"version\":\"0\",\"profile\":"
            + "\"baseline\",\"subjects\":[\"candidate-constraints\"],\"reports_reasons\":true}";
    private static final Duration BOUND = Duration.ofSeconds(40);

    @TempDir
    Path temp;

    private String vector;

    /** One hostile input: a command line, the exit code it must give and fragments its messages must hold. */
    private record Hostile(String name, List<String> args, int exit, List<String> fragments) {
    }

    @TestFactory
    Stream<DynamicNode> battery() throws IOException {
        vector = Files.readString(Path.of(CONS_VECTOR));
        Map<String, List<Hostile>> classes = new LinkedHashMap<>();
        classes.put("1 process failing before or during hello", helloFailures());
        classes.put("6 process failing after the hello", runFailures());
        classes.put("2 oversized files", oversized());
        classes.put("3 nesting and unknown rule ids", nestingAndRules());
        classes.put("4 vector set integrity", integrity());
        classes.put("5 malformed vectors and messages", malformed());
        classes.put("5 expected-failures files", expectedFailuresFiles());
        classes.put("5 options", options());
        classes.put("7 runs that verify nothing", nothingVerified());
        int total = classes.values().stream().mapToInt(List::size).sum();
        assertTrue(total >= 100, "the battery holds " + total + " cases");
        return classes.entrySet().stream().map(e -> DynamicContainer.dynamicContainer(e.getKey() + " ("
                + e.getValue().size() + ")", e.getValue().stream().map(h -> DynamicTest.dynamicTest(h.name(),
                        () -> check(h)))));
    }

    private static void check(Hostile h) {
        Run r = assertTimeoutPreemptively(BOUND, () -> run(h.args()), () -> h.name() + " took longer than " + BOUND);
        String all = r.out() + r.err();
        assertEquals(h.exit(), r.code(), () -> h.name() + ": exit code; out: " + r.out() + "\nerr: " + r.err());
        for (String fragment : h.fragments()) {
            assertTrue(all.contains(fragment), () -> h.name() + ": expected '" + fragment + "' in:\n" + all);
        }
        for (String internal : INTERNALS) {
            assertFalse(all.contains(internal), () -> h.name() + ": '" + internal + "' shown to the user:\n" + all);
        }
        assertTrue(all.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7f),
                () -> h.name() + ": a control character reaches the terminal:\n" + all);
        if (h.exit() == 2) {
            assertTrue(r.err().contains("error: "), () -> h.name() + ": no error line on stderr:\n" + all);
            assertFalse(r.out().contains("\nCONFORMANT"), () -> h.name() + ": a verdict besides the error:\n" + all);
        }
    }

    private static Run run(List<String> args) {
        return Run.of(args);
    }

    private static Hostile hostile(String name, List<String> args, int exit, String... fragments) {
        return new Hostile(name, args, exit, List.of(fragments));
    }

    private static List<String> args(String... args) {
        return List.of(args);
    }

    /* Issue 13, class 1: a process that fails before or during the hello. */

    private Path script(String name, String body) throws IOException {
        Path file = temp.resolve("scripts").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    /** A script answering the hello with {@code reply} (the request id is always 1), then idling. */
    private Path helloScript(String name, String reply) throws IOException {
        return script(name, "read line\nprintf '%s\\n' '" + reply + "'\nread line\nsleep 1\n");
    }

    private List<String> verifyProcess(Path command, String... more) {
        List<String> args = new ArrayList<>(List.of("verify", "--process", command.toString(),
                "--process-startup-timeout", "2", "--process-timeout", "1", "--no-report", "--no-features",
                "--fuzz-cases", "0", "--no-progress"));
        args.addAll(Arrays.asList(more));
        return args;
    }

    private List<Hostile> helloFailures() throws IOException {
        List<Hostile> list = new ArrayList<>();
        list.add(hostile("command not found", args("verify", "--process", temp.resolve("no-such-server").toString(),
                "--no-report"), 2, "--process: cannot start", "No such file", "check the program's path"));
        list.add(hostile("program on no PATH", args("verify", "--process", "abkit-no-such-program-x", "--no-report"),
                2, "--process: cannot start", "abkit-no-such-program-x"));
        Path notExecutable = temp.resolve("scripts-plain.sh");
        Files.writeString(notExecutable, "#!/bin/sh\necho hi\n");
        list.add(hostile("script not executable", args("verify", "--process", notExecutable.toString(),
                "--no-report"), 2, "--process: cannot start", "chmod +x"));
        Path noShebang = temp.resolve("no-shebang.sh");
        Files.writeString(noShebang, "echo started\n");
        Files.setPosixFilePermissions(noShebang, PosixFilePermissions.fromString("rwxr-xr-x"));
        list.add(hostile("script without a shebang", verifyProcess(noShebang), 2, "--process:", "hello", "shebang"));
        list.add(hostile("a directory as the program", args("verify", "--process", temp.toString(), "--no-report"),
                2, "--process: cannot start"));
        list.add(hostile("exits at once with 0", verifyProcess(script("exit0.sh", "exit 0")), 2,
                "--process:", "exited with status 0", "must keep running"));
        list.add(hostile("exits at once with 1 and a reason", verifyProcess(script("exit1.sh",
                "echo 'cannot open database' >&2\nexit 1")), 2, "--process:", "status 1", "cannot open database"));
        list.add(hostile("prints garbage", verifyProcess(script("garbage.sh", "read line\necho 'Segment ready!'\n"
                + "sleep 1")), 2, "--process:", "not a JSON object", "Segment ready!", "write logs"));
        list.add(hostile("prints a banner first", verifyProcess(script("banner.sh", "echo 'server v1.0'\nread line\n"
                + "printf '%s\\n' '" + HELLO + "'\nsleep 1")), 2, "--process:", "server v1.0", "stderr"));
        list.add(hostile("hangs", verifyProcess(script("hang.sh", "read line\nsleep 30")), 2, "--process:",
                "did not answer hello", "within 2 s"));
        list.add(hostile("hangs without reading", verifyProcess(script("deaf.sh", "sleep 30")), 2, "--process:",
                "hello"));
        list.add(hostile("floods stdout", verifyProcess(script("flood.sh", "read line\nhead -c 9000000 /dev/zero "
                + "| tr '\\0' 'x'\necho\nsleep 1")), 2, "--process:", "longer than", "hello"));
        list.add(hostile("closes stdout", verifyProcess(script("closed.sh", "exec 1>&-\nread line\nsleep 1")), 2,
                "--process:", "hello"));
        list.add(hostile("empty hello", verifyProcess(helloScript("empty.sh", "{\"id\":1}")), 2,
                "'protocol' is missing", "'name' is missing", "'subjects' is missing", "docs/protocol.md"));
        list.add(hostile("empty object without id", verifyProcess(helloScript("noid.sh", "{}")), 2, "--process:",
                "with id (none)"));
        list.add(hostile("wrong id", verifyProcess(helloScript("wrongid.sh", HELLO.replace("\"id\":1", "\"id\":7"))),
                2, "--process:", "with id 7"));
        list.add(hostile("protocol version 3", verifyProcess(helloScript("v3.sh", HELLO.replace("\"protocol\":1",
                "\"protocol\":3"))), 2, "protocol version 3, the kit speaks 1 to 2"));
        list.add(hostile("protocol as a string", verifyProcess(helloScript("vstr.sh", HELLO.replace("\"protocol\":1",
                "\"protocol\":\"1\""))), 2, "protocol version \"1\""));
        list.add(hostile("name missing", verifyProcess(helloScript("noname.sh", HELLO.replace("\"name\":\"sh\",",
                ""))), 2, "'name' is missing"));
        list.add(hostile("name empty", verifyProcess(helloScript("emptyname.sh", HELLO.replace("\"name\":\"sh\"",
                "\"name\":\"\""))), 2, "'name' is \"\""));
        list.add(hostile("subjects not a list", verifyProcess(helloScript("subj.sh", HELLO.replace(
                "[\"candidate-constraints\"]", "\"candidate-constraints\""))), 2, "'subjects' is \"candidate"));
        list.add(hostile("unknown subject", verifyProcess(helloScript("unknownsubj.sh", HELLO.replace(
                "candidate-constraints", "segment"))), 2, "'subjects':", "segment"));
        list.add(hostile("no subjects", verifyProcess(helloScript("nosubj.sh", HELLO.replace(
                "\"candidate-constraints\"", ""))), 2, "'subjects' is empty"));
        list.add(hostile("unknown profile", verifyProcess(helloScript("profile.sh", HELLO.replace("baseline",
                "fast-mode"))), 2, "'profile':", "fast-mode"));
        list.add(hostile("reports_reasons as text", verifyProcess(helloScript("reasons.sh", HELLO.replace(
                "\"reports_reasons\":true", "\"reports_reasons\":\"yes\""))), 2, "'reports_reasons' is \"yes\""));
        list.add(hostile("error reply to hello", verifyProcess(helloScript("err.sh", "{\"id\":1,\"error\":{\"kind\":"
                + "\"internal\",\"message\":\"no database\"}}")), 2, "--process:", "no database"));
        list.add(hostile("a JSON list as hello", verifyProcess(helloScript("list.sh", "[1,2]")), 2, "--process:",
                "not a JSON object"));
        // Fixed bytes, not /dev/urandom: random bytes may spell a backtick or a class name the battery forbids.
        list.add(hostile("binary garbage", verifyProcess(script("binary.sh", "read line\nprintf '\\377\\376\\001"
                + "\\002\\200\\201\\033[31m\\342\\202\\254\\300\\n'\nsleep 1")), 2, "--process:", "hello",
                "\\u001b[31m"));
        list.add(hostile("hello then exit", verifyProcess(script("hellothenexit.sh", "read line\nprintf '%s\\n' '"
                + HELLO.replace("\"id\":1", "\"id\":2") + "'")), 2, "--process:", "with id 2"));
        list.add(hostile("unbalanced quote in --process", args("verify", "--process", "\"python3 server.py",
                "--no-report"), 2, "--process:"));
        list.add(hostile("empty --process", args("verify", "--process", "", "--no-report"), 2, "--process:"));
        return list;
    }

    /* Issue 13, class 6: a process that fails after the hello. */

    private List<Hostile> runFailures() throws IOException {
        List<Hostile> list = new ArrayList<>();
        String hello = "read line\nprintf '%s\\n' '" + HELLO + "'\n";
        list.add(hostile("hangs after the hello: 3 faults, the rest not run", verifyProcess(script("hang-after.sh",
                hello + "read line\nsleep 60"), "--subject", "candidate-constraints"), 1,
                "did not answer reset", "not run: the implementation process failed 3 candidate-constraints cases in "
                        + "a row", "--max-process-faults 3", "NOT CONFORMANT"));
        list.add(hostile("crashes at every reset, limit 1", verifyProcess(script("crash-reset.sh",
                hello + "read line\necho 'panicked at reset' >&2\nexit 101"), "--subject", "candidate-constraints",
                "--max-process-faults", "1"), 1, "exited with status 101", "panicked at reset",
                "failed 1 candidate-constraints cases in a row"));
        list.add(hostile("garbage after the hello", verifyProcess(script("garbage-after.sh", hello
                + "read line\necho 'ok'\nsleep 1"), "--subject", "candidate-constraints"), 1, "not a JSON object",
                "'ok'", "not run:"));
        list.add(hostile("restart fails after a crash", verifyProcess(script("once.sh", "if [ -e " + temp.resolve(
                "started") + " ]; then echo 'lock held' >&2; exit 4; fi\ntouch " + temp.resolve("started") + "\n"
                + hello + "read line\nexit 3"), "--subject", "candidate-constraints"), 1, "lock held", "not run:"));
        return list;
    }

    /* Issue 13, class 2: oversized files. */

    private Path sized(String name, long bytes) throws IOException {
        Path file = temp.resolve("big").resolve(name);
        Files.createDirectories(file.getParent());
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(bytes);
        }
        return file;
    }

    private Path vectorDir(String name, Map<String, String> files, String index) throws IOException {
        Path dir = temp.resolve("sets").resolve(name);
        Files.createDirectories(dir);
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path f = dir.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.writeString(f, e.getValue());
        }
        Files.writeString(dir.resolve("index.txt"), index);
        return dir;
    }

    private static List<String> verifyVectors(Path dir, String... more) {
        List<String> args = new ArrayList<>(List.of("verify", "--vectors", dir.toString(), "--no-report",
                "--no-features", "--fuzz-cases", "0", "--no-progress"));
        args.addAll(Arrays.asList(more));
        return args;
    }

    private List<Hostile> oversized() throws IOException {
        List<Hostile> list = new ArrayList<>();
        for (long mib : List.of(2L, 8L, 50L, 2048L)) {
            Path big = sized("v" + mib + ".yaml", mib * 1024 * 1024);
            list.add(hostile("replay of a " + mib + " MiB vector", args("vectors", "replay", big.toString()), 2,
                    big.toString(), "more than the 1048576 (1 MiB)"));
        }
        Path padded = temp.resolve("big").resolve("padded.yaml");
        Files.writeString(padded, vector + "#" + "x".repeat(1024 * 1024) + "\n");
        list.add(hostile("a vector padded over 1 MiB by a comment", args("vectors", "replay", padded.toString()), 2,
                "padded.yaml", "1 MiB"));
        Path set = vectorDir("big-file", Map.of(), "c/big.yaml\n");
        Files.createDirectories(set.resolve("c"));
        try (RandomAccessFile f = new RandomAccessFile(set.resolve("c/big.yaml").toFile(), "rw")) {
            f.setLength(40L * 1024 * 1024);
        }
        list.add(hostile("a listed vector of 40 MiB", verifyVectors(set), 2, "big.yaml", "1 MiB", "index.txt:1"));
        Path bigIndex = vectorDir("big-index", Map.of(), "");
        try (RandomAccessFile f = new RandomAccessFile(bigIndex.resolve("index.txt").toFile(), "rw")) {
            f.setLength(5L * 1024 * 1024);
        }
        list.add(hostile("an index of 5 MiB", verifyVectors(bigIndex), 2, "index.txt", "1 MiB"));
        Path bigExpected = sized("expected.yaml", 3L * 1024 * 1024);
        list.add(hostile("an expected-failures file of 3 MiB", args("verify", "--subject", "candidate-constraints",
                "--no-report", "--expected-failures", bigExpected.toString()), 2, "expected.yaml", "1 MiB"));
        StringBuilder wide = new StringBuilder(vector.replace("steps:", "extra:\n"));
        for (int i = 0; wide.length() < 1_000_000; i++) {
            wide.append("  k").append(i).append(": ").append(i).append('\n');
        }
        Path manyKeys = temp.resolve("big").resolve("many-keys.yaml");
        Files.writeString(manyKeys, wide + "steps: []\n");
        list.add(hostile("a vector just under 1 MiB of keys", args("vectors", "replay", manyKeys.toString()), 2,
                "many-keys.yaml", "unknown field 'extra'"));
        return list;
    }

    /* Issue 13, class 3: nesting and unknown rule ids. */

    private Path file(String name, String text) throws IOException {
        Path f = temp.resolve("files").resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    private List<Hostile> nestingAndRules() throws IOException {
        List<Hostile> list = new ArrayList<>();
        Map<String, String> deep = new LinkedHashMap<>();
        deep.put("flow lists 5000 deep", "a: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
        deep.put("flow mappings 3000 deep", "a: " + "{b: ".repeat(3000) + "1" + "}".repeat(3000) + "\n");
        StringBuilder block = new StringBuilder("a:\n");
        for (int i = 1; i < 500; i++) {
            block.append("  ".repeat(i)).append("b:\n");
        }
        block.append("  ".repeat(500)).append("c: 1\n");
        deep.put("block mappings 500 deep", block.toString());
        deep.put("lists 60 deep in parameters", vector.replace("    future_validation_code:\n",
                "    deep: " + "[".repeat(60) + "]".repeat(60) + "\n    future_validation_code:\n"));
        deep.put("block lists 100 deep", "a:\n" + "- ".repeat(100) + "1\n");
        for (Map.Entry<String, String> e : deep.entrySet()) {
            Path f = file(e.getKey().replace(' ', '-') + ".yaml", e.getValue());
            list.add(hostile("vector: " + e.getKey(), args("vectors", "replay", f.toString()), 2,
                    f.getFileName().toString() + ":", "nested more than 40 levels"));
        }
        Path deepSet = vectorDir("deep", Map.of("c/deep.yaml", deep.get("flow lists 5000 deep")), "c/deep.yaml\n");
        list.add(hostile("vector set with a deeply nested vector", verifyVectors(deepSet), 2, "deep.yaml:",
                "nested more than 40"));
        Path deepExpected = file("deep-expected.yaml", deep.get("block mappings 500 deep"));
        list.add(hostile("expected-failures file deeply nested", args("verify", "--subject", "candidate-constraints",
                "--no-report", "--expected-failures", deepExpected.toString()), 2, "deep-expected.yaml:",
                "nested more than 40"));
        Path unknownExpect = file("unknown-expect.yaml", vector.replace("rule: \"AB-CONS-002\"",
                "rule: \"AB-CONS-999\""));
        list.add(hostile("unknown rule in expect.rule", args("vectors", "replay", unknownExpect.toString()), 2,
                "unknown rule AB-CONS-999", "steps[0].expect.rule", "unknown-expect.yaml:"));
        Path unknownRules = file("unknown-rules.yaml", vector.replace("- \"AB-CONS-002\"", "- \"AB-CONS-999\""));
        list.add(hostile("unknown rule in rules:", args("vectors", "replay", unknownRules.toString()), 2,
                "unknown rule AB-CONS-999", "rules[0]", "unknown-rules.yaml:5"));
        Path unknownArea = file("unknown-area.yaml", vector.replace("- \"AB-CONS-002\"", "- \"AB-CONS-002\"\n"
                + "- \"AB-ZZZ-001\""));
        list.add(hostile("rule of an unknown area in rules:", args("vectors", "replay", unknownArea.toString()), 2,
                "rules[1]", "unknown-area.yaml:"));
        Path badRuleId = file("bad-rule-id.yaml", vector.replace("rule: \"AB-CONS-002\"", "rule: \"cons two\""));
        list.add(hostile("malformed rule id in expect.rule", args("vectors", "replay", badRuleId.toString()), 2,
                "steps[0].expect.rule", "bad-rule-id.yaml:"));
        Path unknownInSet = vectorDir("unknown-rule", Map.of("c/v.yaml", vector.replace("rule: \"AB-CONS-002\"",
                "rule: \"AB-CONS-999\"")), "c/v.yaml\n");
        list.add(hostile("vector set with an unknown rule", verifyVectors(unknownInSet), 2, "AB-CONS-999",
                "v.yaml:"));
        return list;
    }

    /* Issue 13, class 4: vector set integrity. */

    private List<Hostile> integrity() throws IOException {
        List<Hostile> list = new ArrayList<>();
        Path outside = temp.resolve("sets").resolve("outside.yaml");
        Files.createDirectories(outside.getParent());
        Files.writeString(outside, vector);
        Map<String, String> escapes = new LinkedHashMap<>();
        escapes.put("../../etc/passwd", "../../etc/passwd");
        escapes.put("an absolute path", "/etc/passwd");
        escapes.put("a valid vector two levels up", "../outside.yaml");
        escapes.put("a climb in the middle", "c/../../outside.yaml");
        escapes.put("a home path", "~/vectors/x.yaml");
        escapes.put("a Windows path", "c\\..\\..\\x.yaml");
        escapes.put("a drive letter", "C:/vectors/x.yaml");
        int n = 0;
        for (Map.Entry<String, String> e : escapes.entrySet()) {
            Path dir = vectorDir("escape-" + n++, Map.of("c/ok.yaml", vector.replace("cons-002-head-over-limit",
                    "cons-002-other")), "c/ok.yaml\n" + e.getValue() + "\n");
            list.add(hostile("index entry: " + e.getKey(), verifyVectors(dir), 2, "index.txt:2",
                    "not a path inside the vector directory"));
        }
        Path linked = vectorDir("symlink", Map.of(), "c/link.yaml\n");
        Files.createDirectories(linked.resolve("c"));
        Files.createSymbolicLink(linked.resolve("c/link.yaml"), outside);
        list.add(hostile("index entry through a symbolic link out", verifyVectors(linked), 2, "index.txt:1",
                "leads outside the vector directory"));
        Path duplicateLine = vectorDir("dup-line", Map.of("c/v.yaml", vector), "c/v.yaml\n# again\nc/v.yaml\n");
        list.add(hostile("duplicate index line", verifyVectors(duplicateLine), 2, "index.txt:3",
                "listed twice, first at line 1"));
        Path duplicateSpaced = vectorDir("dup-spaced", Map.of("c/v.yaml", vector), "c/v.yaml\n  c/v.yaml  \n");
        list.add(hostile("duplicate index line with blanks", verifyVectors(duplicateSpaced), 2, "index.txt:2",
                "listed twice"));
        Path duplicateId = vectorDir("dup-id", Map.of("c/a.yaml", vector, "c/b.yaml", vector), "c/a.yaml\nc/b.yaml\n");
        list.add(hostile("duplicate vector id in two files", verifyVectors(duplicateId), 2, "index.txt:2",
                "vector id cons-002-head-over-limit", "b.yaml", "a.yaml"));
        Path missing = vectorDir("missing", Map.of(), "c/none.yaml\n");
        list.add(hostile("listed file missing", verifyVectors(missing), 2, "none.yaml", "index.txt:1"));
        Path directory = vectorDir("listed-dir", Map.of("c/v.yaml", vector), "c\n");
        list.add(hostile("listed entry is a directory", verifyVectors(directory), 2, "it is a directory",
                "index.txt:1"));
        Path noIndex = temp.resolve("sets").resolve("no-index");
        Files.createDirectories(noIndex);
        list.add(hostile("no index.txt", verifyVectors(noIndex), 2, "--vectors:", "index.txt"));
        Path emptyIndex = vectorDir("empty-index", Map.of(), "# nothing\n");
        list.add(hostile("empty index", verifyVectors(emptyIndex), 2, "matches no vector"));
        Path badUtf8Index = vectorDir("utf8-index", Map.of("c/v.yaml", vector), "");
        Files.write(badUtf8Index.resolve("index.txt"), new byte[] {'c', '/', 'v', '.', 'y', 'a', 'm', 'l', '\n',
            (byte) 0xff, '\n'});
        list.add(hostile("index not UTF-8", verifyVectors(badUtf8Index), 2, "invalid UTF-8", "index.txt:2"));
        byte[] bad = vector.replace("description: \"", "description: \"\u0001").getBytes(StandardCharsets.UTF_8);
        int at = indexOf(bad, (byte) 1);
        bad[at] = (byte) 0xc3;
        Path badUtf8Set = vectorDir("utf8-vector", Map.of(), "c/v.yaml\n");
        Files.createDirectories(badUtf8Set.resolve("c"));
        Files.write(badUtf8Set.resolve("c/v.yaml"), bad);
        list.add(hostile("vector not UTF-8 in verify", verifyVectors(badUtf8Set), 2, "invalid UTF-8", "v.yaml:7"));
        list.add(hostile("vector not UTF-8 in replay", args("vectors", "replay", badUtf8Set.resolve("c/v.yaml")
                .toString()), 2, "invalid UTF-8", "v.yaml:7"));
        Path latin1 = temp.resolve("files").resolve("latin1.yaml");
        Files.createDirectories(latin1.getParent());
        Files.write(latin1, vector.replace("head data one byte", "head data caf\u00e9").getBytes(
                StandardCharsets.ISO_8859_1));
        list.add(hostile("a Latin-1 vector", args("vectors", "replay", latin1.toString()), 2, "invalid UTF-8",
                "latin1.yaml:7"));
        Path utf16 = temp.resolve("files").resolve("utf16.yaml");
        Files.write(utf16, vector.getBytes(StandardCharsets.UTF_16));
        list.add(hostile("a UTF-16 vector", args("vectors", "replay", utf16.toString()), 2, "invalid UTF-8",
                "utf16.yaml:1"));
        Path vectorsIsFile = file("not-a-dir", "x");
        list.add(hostile("--vectors names a file", verifyVectors(vectorsIsFile), 2, "--vectors:"));
        list.add(hostile("--vectors names nothing", verifyVectors(temp.resolve("nothing-here")), 2, "--vectors:",
                "nothing-here"));
        return list;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new IllegalStateException("no byte " + b);
    }

    /* Issue 13, class 5: malformed vectors, every message naming file, line and field. */

    private List<Hostile> malformed() throws IOException {
        List<Hostile> list = new ArrayList<>();
        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put("empty file", new String[] {"", "empty document"});
        cases.put("only a comment", new String[] {"# nothing\n", "empty document"});
        cases.put("a list at the root", new String[] {"- 1\n- 2\n", "expected a mapping but was a list"});
        cases.put("a scalar at the root", new String[] {"hello\n", "expected a mapping"});
        cases.put("a tab in the indentation", new String[] {vector.replace("  base:", "\tbase:"), "malformed YAML"});
        cases.put("an unclosed quote", new String[] {vector.replace("\"candidate-constraints\"",
                "\"candidate-constraints"), "malformed YAML"});
        cases.put("bad indentation", new String[] {vector.replace("    max_pov_size: 1000000\n    max_code",
                "    max_pov_size: 1000000\n   max_code"), "malformed YAML"});
        cases.put("a duplicate key", new String[] {vector.replace("profile: \"baseline\"",
                "profile: \"baseline\"\nprofile: \"baseline\""), "duplicate key 'profile'", ":7"});
        cases.put("an unknown top-level field", new String[] {vector.replace("profile:", "profle: \"x\"\nprofile:"),
                "unknown field 'profle'"});
        cases.put("id missing", new String[] {vector.replace("id: \"cons-002-head-over-limit\"\n", ""),
                "missing field 'id'"});
        cases.put("a malformed id", new String[] {vector.replace("id: \"cons-002-head-over-limit\"",
                "id: \"Head Over\""), "expected a vector id"});
        cases.put("an unknown subject", new String[] {vector.replace("subject: \"candidate-constraints\"",
                "subject: \"constraints\""), "at subject"});
        cases.put("an unknown profile", new String[] {vector.replace("profile: \"baseline\"",
                "profile: \"turbo\""), "at profile"});
        cases.put("rules not a list", new String[] {vector.replace("rules:\n- \"AB-CONS-002\"",
                "rules: \"AB-CONS-002\""), "expected a non-empty list of rule ids", "at rules"});
        cases.put("generator seed not a number", new String[] {vector.replace("seed: 0", "seed: \"zero\""),
                "expected a whole number", "generator.seed"});
        cases.put("steps empty", new String[] {vector.substring(0, vector.indexOf("steps:")) + "steps: []\n",
                "non-empty list of steps"});
        cases.put("a step both event and check", new String[] {vector.replace("- check:\n    type:",
                "- event:\n    type: \"append\"\n  check:\n    type:"), "exactly one of 'event' or 'check'",
            "steps[1]"});
        cases.put("an outcome maybe", new String[] {vector.replace("outcome: \"rejected\"", "outcome: \"maybe\""),
                "expected outcome 'accepted' or 'rejected'", "steps[0].expect.outcome"});
        cases.put("expect missing", new String[] {vector.replace("  expect:\n    outcome: \"rejected\"\n"
                + "    rule: \"AB-CONS-002\"\n", ""), "missing field 'expect'"});
        cases.put("an event without a type", new String[] {vector.replace("    type: \"append\"\n", ""),
                "expected an event with a 'type' field", "steps[0].event"});
        cases.put("an unknown event type", new String[] {vector.replace("type: \"append\"", "type: \"apend\""),
                "unknown type 'apend'", "steps[0].event"});
        cases.put("a number as text", new String[] {vector.replace("number: 10\n", "number: \"ten\"\n"),
                "expected a whole number", "steps[0].event.candidate.relay_parent.number"});
        cases.put("a float for a whole number", new String[] {vector.replace("max_head_data_size: 0\n    ump",
                "max_head_data_size: 0.5\n    ump"), "expected a whole number",
            "parameters.base.max_head_data_size"});
        cases.put("a huge integer", new String[] {vector.replace("max_head_data_size: 0\n    ump",
                "max_head_data_size: 99999999999999999999999\n    ump"), "parameters"});
        cases.put("a parameter missing", new String[] {vector.replace("    max_code_size: 1000000\n", ""),
                "missing field 'max_code_size'", "parameters"});
        cases.put("an unknown parameter", new String[] {vector.replace("    max_code_size: 1000000\n",
                "    max_code_size: 1000000\n    max_cod_size: 1\n"), "unknown field 'max_cod_size'", "parameters"});
        cases.put("a parameter null", new String[] {vector.replace("max_code_size: 1000000\n", "max_code_size: null\n"),
                "parameters"});
        cases.put("a hash too short", new String[] {vector.replace("required_parent: \"0x696e636c75646564\"",
                "required_parent: 12"), "expected a string", "parameters"});
        cases.put("a list where a mapping belongs", new String[] {vector.replace("hrmp_channels_out: {}",
                "hrmp_channels_out: []"), "parameters"});
        cases.put("a YAML alias", new String[] {vector.replace("description: \"head", "description: &d \"head")
                .replace("storage_root: \"0x1124", "storage_root: *d\n        x: \"0x1124"), "cons-"});
        cases.put("a binary tag", new String[] {vector.replace("description: \"head data one byte over "
                + "max_head_data_size is rejected\"", "description: !!binary aGVsbG8="), "description"});
        int n = 0;
        for (Map.Entry<String, String[]> e : cases.entrySet()) {
            Path f = file("malformed-" + n++ + ".yaml", e.getValue()[0]);
            List<String> fragments = new ArrayList<>(List.of(f.getFileName().toString()));
            fragments.addAll(Arrays.asList(e.getValue()).subList(1, e.getValue().length));
            list.add(new Hostile("vector: " + e.getKey(), args("vectors", "replay", f.toString()), 2, fragments));
        }
        list.add(hostile("replay of a missing file", args("vectors", "replay", temp.resolve("none.yaml").toString()),
                2, "FILE: no file", "none.yaml"));
        list.add(hostile("replay of a directory", args("vectors", "replay", temp.toString()), 2, "it is a directory"));
        Path malformedSet = vectorDir("malformed", Map.of("c/v.yaml", vector.replace("seed: 0", "seed: x")),
                "c/v.yaml\n");
        list.add(hostile("errors name the file under the --vectors directory", verifyVectors(malformedSet), 2,
                malformedSet.resolve("c/v.yaml") + ":"));
        Path failingSet = vectorDir("failing", Map.of("c/v.yaml", vector), "c/v.yaml\n");
        list.add(hostile("failure lines name the file under the --vectors directory", verifyVectors(failingSet,
                "--implementation", HeadDataUnchecked.class.getName()), 1, "(" + failingSet.resolve("c/v.yaml") + ")",
                "NOT CONFORMANT"));
        Path twoLines = file("malformed-two-lines.yaml", "a: [1, 2\nb: 3\n");
        list.add(hostile("malformed YAML is one line naming the file", args("vectors", "replay", twoLines.toString()),
                2, "error: malformed YAML: ", "malformed-two-lines.yaml:"));
        return list;
    }

    /* Issue 13, class 5: expected-failures files. */

    private List<Hostile> expectedFailuresFiles() throws IOException {
        List<Hostile> list = new ArrayList<>();
        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put("malformed YAML", new String[] {"cons-002-head-over-limit: \"unclosed\n", "malformed YAML"});
        cases.put("a duplicate key", new String[] {"cons-002-head-over-limit: a\ncons-001-code-hash-matches: b\n"
                + "cons-002-head-over-limit: c\n", "duplicate key 'cons-002-head-over-limit'", ":3"});
        cases.put("a list", new String[] {"- cons-002-head-over-limit\n", "expected a mapping from vector id"});
        cases.put("a reason that is not text", new String[] {"cons-002-head-over-limit: [1]\n", "expected a reason",
            ":1"});
        cases.put("an empty reason", new String[] {"cons-002-head-over-limit: \"\"\n", "expected a reason"});
        cases.put("an id naming no vector", new String[] {"cons-999-nothing: stale\n", "names no vector",
            "cons-999-nothing"});
        cases.put("empty", new String[] {"", "empty document"});
        int n = 0;
        for (Map.Entry<String, String[]> e : cases.entrySet()) {
            Path f = file("expected-" + n++ + ".yaml", e.getValue()[0]);
            List<String> fragments = new ArrayList<>(List.of(f.getFileName().toString()));
            fragments.addAll(Arrays.asList(e.getValue()).subList(1, e.getValue().length));
            list.add(new Hostile("expected failures: " + e.getKey(), args("verify", "--subject",
                    "candidate-constraints", "--no-report", "--no-features", "--fuzz-cases", "0",
                    "--expected-failures", f.toString()), 2, fragments));
        }
        Path badUtf8 = temp.resolve("files").resolve("expected-latin1.yaml");
        Files.write(badUtf8, "cons-002-head-over-limit: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        list.add(hostile("expected failures: not UTF-8", args("verify", "--subject", "candidate-constraints",
                "--no-report", "--expected-failures", badUtf8.toString()), 2, "invalid UTF-8",
                "expected-latin1.yaml:1"));
        list.add(hostile("expected failures: a directory", args("verify", "--no-report", "--expected-failures",
                temp.toString()), 2, "--expected-failures:", "it is a directory"));
        list.add(hostile("expected failures: missing", args("verify", "--no-report", "--expected-failures",
                temp.resolve("none.yaml").toString()), 2, "--expected-failures:", "none.yaml"));
        return list;
    }

    /* Issue 13, class 5: options. */

    private List<Hostile> options() {
        List<Hostile> list = new ArrayList<>();
        String cons = "candidate-constraints";
        list.add(hostile("--process-timeout 0", args("verify", "--process", "x", "--process-timeout", "0"), 2,
                "--process-timeout: expected a whole number from 1 to 3600 but was 0"));
        list.add(hostile("--process-timeout -3", args("verify", "--process", "x", "--process-timeout", "-3"), 2,
                "--process-timeout:"));
        list.add(hostile("--process-timeout a day", args("verify", "--process", "x", "--process-timeout", "86400"), 2,
                "--process-timeout:"));
        list.add(hostile("--process-timeout abc", args("verify", "--process-timeout", "abc"), 2,
                "--process-timeout", "abc"));
        list.add(hostile("--process-timeout 2.5", args("verify", "--process-timeout", "2.5"), 2,
                "--process-timeout"));
        list.add(hostile("--process-startup-timeout 0", args("verify", "--process", "x", "--process-startup-timeout",
                "0"), 2, "--process-startup-timeout: expected a whole number from 1"));
        list.add(hostile("--max-process-faults -1", args("verify", "--process", "x", "--max-process-faults", "-1"), 2,
                "--max-process-faults:"));
        list.add(hostile("--fuzz-cases -5", args("verify", "--subject", cons, "--fuzz-cases", "-5", "--no-report"), 2,
                "--fuzz-cases: expected a whole number from 0 to 1000000 but was -5"));
        list.add(hostile("--fuzz-cases two million", args("verify", "--fuzz-cases", "2000000", "--no-report"), 2,
                "--fuzz-cases:"));
        list.add(hostile("--no-report with --report-dir", args("verify", "--no-report", "--report-dir", "out"), 2,
                "--no-report and --report-dir"));
        list.add(hostile("pipeline --blocks 100000000", args("pipeline", "--blocks", "100000000"), 2,
                "--blocks: expected a whole number from 1 to 10000"));
        list.add(hostile("pipeline --blocks 0", args("pipeline", "--blocks", "0"), 2, "--blocks:"));
        list.add(hostile("pipeline --blocks -1", args("pipeline", "--blocks", "-1"), 2, "--blocks:"));
        list.add(hostile("pipeline --depth -1", args("pipeline", "--depth", "-1"), 2, "--depth:"));
        list.add(hostile("pipeline --cores 0", args("pipeline", "--cores", "0"), 2, "--cores:"));
        list.add(hostile("pipeline --velocity 100000", args("pipeline", "--velocity", "100000"), 2, "--velocity:"));
        list.add(hostile("pipeline --capacity 0", args("pipeline", "--capacity", "0"), 2, "--capacity:"));
        list.add(hostile("--subject segment", args("verify", "--subject", "segment"), 2, "--subject:"));
        list.add(hostile("--subject empty", args("verify", "--subject", ""), 2, "--subject:"));
        list.add(hostile("--profile fast", args("verify", "--profile", "fast"), 2, "--profile:"));
        list.add(hostile("--tag unbalanced", args("verify", "--tag", "@AB-SEG-001 and"), 2, "--tag:"));
        list.add(hostile("--rule matching nothing", args("verify", "--rule", "AB-NONE", "--no-report"), 2,
                "matches no vector"));
        list.add(hostile("unknown option", args("verify", "--bogus"), 2, "Unknown option: '--bogus'"));
        list.add(hostile("option without value", args("verify", "--subject"), 2, "--subject"));
        list.add(hostile("--process and --implementation", args("verify", "--process", "x", "--implementation",
                "y.Z"), 2, "--process and --implementation"));
        list.add(hostile("--implementation missing class", args("verify", "--implementation", "com.example.None"), 2,
                "com.example.None"));
        list.add(hostile("rules matching nothing", args("rules", "--id", "AB-NONE"), 2, "AB-NONE"));
        list.add(hostile("rules unknown area", args("rules", "--area", "BOGUS"), 2, "BOGUS"));
        list.add(hostile("docs --from missing", args("docs", "--from", temp.resolve("nothing").toString()), 2,
                "--from"));
        list.add(hostile("fuzz --shard 3/2", args("fuzz", "--shard", "3/2"), 2, "--shard: expected I/N"));
        list.add(hostile("fuzz --shard half", args("fuzz", "--shard", "half"), 2, "--shard: expected I/N"));
        list.add(hostile("fuzz --shard 1/0", args("fuzz", "--shard", "1/0"), 2, "--shard:"));
        list.add(hostile("fuzz --seeds 5..1", args("fuzz", "--seeds", "5..1"), 2, "--seeds:", "empty"));
        list.add(hostile("fuzz --seeds -3..", args("fuzz", "--seeds", "-3.."), 2, "--seeds:"));
        list.add(hostile("fuzz --cases 0", args("fuzz", "--cases", "0"), 2, "--cases: expected a whole number"));
        list.add(hostile("fuzz --time 0", args("fuzz", "--time", "0"), 2, "--time:"));
        list.add(hostile("fuzz --subject bogus", args("fuzz", "--subject", "bogus"), 2, "--subject:"));
        list.add(hostile("fuzz --process-timeout 0", args("fuzz", "--process", "x", "--process-timeout", "0"), 2,
                "--process-timeout:"));
        list.add(hostile("fuzz a process failing the hello", args("fuzz", "--process", temp.resolve("none")
                .toString()), 2, "--process: cannot start"));
        list.add(hostile("fuzz an unknown option", args("fuzz", "--case", "3"), 2, "Unknown option"));
        list.add(hostile("--case naming no vector", args("verify", "--case", "cons-999-none", "--no-report"), 2,
                "--case: no vector has the id 'cons-999-none'"));
        list.add(hostile("--max-failures 0", args("verify", "--max-failures", "0", "--no-report"), 2,
                "--max-failures: expected a whole number from 1"));
        list.add(hostile("--fail-fast with --max-failures", args("verify", "--fail-fast", "--max-failures", "3"), 2,
                "--fail-fast and --max-failures"));
        list.add(hostile("--list matching nothing", args("verify", "--list", "--rule", "AB-NONE"), 2,
                "matches no vector"));
        list.add(hostile("vectors release of a directory without index", args("vectors", "release",
                temp.resolve("rel").toString(), "--vectors", temp.toString()), 2, "--vectors:", "index.txt"));
        list.add(hostile("smoke of a process failing the hello", args("smoke", "--process", temp.resolve("none")
                .toString()), 2, "--process: cannot start"));
        list.add(hostile("abkit alone", args(), 2, "expected a command", "Usage: abkit"));
        list.add(hostile("an unknown verb", args("verfiy"), 2, "verfiy"));
        list.add(hostile("vectors alone", args("vectors"), 2, "expected a subcommand"));
        return list;
    }

    /* Issue 13, class 7: runs that verify nothing. */

    private List<Hostile> nothingVerified() {
        String faulty = HeadDataUnchecked.class.getName();
        return List.of(
                hostile("every case skipped: a subject not provided", args("verify", "--subject", "pipeline",
                        "--implementation", faulty, "--no-report", "--no-features"), 2, "NOTHING VERIFIED",
                        "does not provide the subject pipeline"),
                hostile("every case skipped, features too", args("verify", "--subject", "pipeline",
                        "--implementation", faulty, "--no-report", "--fuzz-cases", "0"), 2, "NOTHING VERIFIED"));
    }
}

package dev.abkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.vectors.VectorSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's verbs, exit codes (0 conformant, 1 not, 2 usage or configuration error) and messages. */
class MainTest {
    private static final String CONS = "candidate-constraints";
    private static final String FAULTY = HeadDataUnchecked.class.getName();

    @TempDir
    Path temp;

    private static Run run(String... args) {
        return Run.of(List.of(args));
    }

    private static String[] verify(String... more) {
        List<String> args = new ArrayList<>(List.of("verify", "--subject", CONS, "--no-report", "--no-progress"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    @DisplayName("verify of the reference on one subject is conformant: exit 0, summary per area and rule")
    void referenceIsConformant() {
        Run r = run(verify());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("CONS        Candidate constraints"), r.out());
        assertTrue(r.out().contains("  CONS-002  Head data size is bounded"), r.out());
        assertTrue(r.out().strip().endsWith("CONFORMANT"), r.out());
        assertTrue(r.out().contains("selection: subject candidate-constraints"), r.out());
        assertEquals("", r.err(), "no progress line when stderr is not a terminal");
    }

    @Test
    @DisplayName("verify of a faulty implementation: exit 1, the failure names the rule and the vector")
    void faultyIsNotConformant() {
        Run r = run(verify("--implementation", FAULTY));
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("AB-CONS-002 Head data size is bounded: 3 failing case(s)"), r.out());
        assertTrue(r.out().contains("verdict disagreement") && r.out().contains("abkit vectors replay"), r.out());
        assertTrue(r.out().contains("cons-002-head-over-limit"), r.out());
        assertTrue(r.out().contains("expected: rejected(AB-CONS-002) | but was: accepted"), r.out());
        assertTrue(r.out().strip().endsWith("NOT CONFORMANT"), r.out());
    }

    @Test
    @DisplayName("verify --expected-failures turns the listed failures into known ones: exit 0")
    void expectedFailures() throws IOException {
        Path file = temp.resolve("expected.yaml");
        Files.writeString(file, "cons-002-head-over-limit: head data size is not checked yet\n");
        Run r = run(verify("--implementation", FAULTY, "--no-features", "--fuzz-cases", "0", "--expected-failures",
                file.toString()));
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("1 expected failures"), r.out());
    }

    @Test
    @DisplayName("an expected-failures entry that names no vector is a configuration error: exit 2")
    void expectedFailureNamingNoVector() throws IOException {
        Path file = temp.resolve("expected.yaml");
        Files.writeString(file, "cons-999-no-such-case: stale\n");
        Run r = run(verify("--no-features", "--expected-failures", file.toString()));
        assertEquals(2, r.code());
        assertTrue(r.err().contains("names no vector for [cons-999-no-such-case]"), r.err());
    }

    @Test
    @DisplayName("usage and configuration errors exit 2 with a message that says what to fix")
    void usageErrors() {
        assertError(run("verify", "--subject", "segment"), "--subject: expected one of [unincluded-segment");
        assertError(run("verify", "--profile", "fast"), "--profile: expected baseline, a release (polkadot-sdk-stable");
        assertError(run("verify", "--detect-profile", "--profile", "baseline"), "--detect-profile tries every "
                + "release profile; drop --profile");
        assertError(run("profiles", "--release", "polkadot-sdk-stable2507"), "--release: expected a release from");
        assertError(run("verify", "--bogus"), "Unknown option: '--bogus'");
        assertError(run("verify", "--implementation", "com.example.Missing"),
                "implementation class com.example.Missing is not on the class path");
        assertError(run("verify", "--implementation", "java.lang.String"),
                "expected a class implementing dev.abkit.spi.Implementation");
        assertError(run("verify", "--expected-failures", temp.resolve("none.yaml").toString()),
                "--expected-failures: no file");
        assertError(run("verify", "--tag", "@AB-SEG-001 and"), "--tag: expected a Cucumber tag expression");
        assertError(run("verify", "--vectors", temp.toString()), "--vectors: expected a vector directory");
        assertError(run(verify("--rule", "AB-NONE")), "matches no vector and no feature example");
        assertError(run(verify("--implementation", FAULTY, "--profile", "watermark-equal-allowed")),
                "does not match the profile head-data-unchecked declares (baseline)");
        assertError(run("vectors"), "expected a subcommand");
    }

    @Test
    @DisplayName("a run in which every case is skipped verified nothing: exit 2 with the reason")
    void everythingSkipped() {
        Run r = run("verify", "--subject", "pipeline", "--implementation", FAULTY, "--no-report", "--no-features");
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("does not provide the subject pipeline"), r.err());
    }

    @Test
    @DisplayName("--tag selects vectors and examples alike, a rule tag matching by prefix")
    void tagSelection() {
        Run r = run("verify", "--tag", "@AB-CONS-00 and not @AB-CONS-002", "--no-report", "--no-progress");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("  CONS-001 "), r.out());
        assertTrue(!r.out().contains("  CONS-002 ") && !r.out().contains("  CONS-010 "), r.out());
        assertTrue(!r.out().contains("SEG "), r.out());
    }

    @Test
    @DisplayName("--progress shows a progress line on stderr and wipes it")
    void progress() {
        Run r = run("verify", "--subject", CONS, "--no-report", "--no-features", "--progress");
        assertEquals(0, r.code());
        assertTrue(r.err().contains("\rvectors ") && r.err().contains("/"), r.err());
        assertTrue(r.err().endsWith("\r"), "the line is wiped at the end");
    }

    @Test
    @DisplayName("verify --report-dir writes junit.xml, report.json and report.html")
    void reports() {
        Path dir = temp.resolve("report");
        Run r = run("verify", "--subject", CONS, "--report-dir", dir.toString(), "--no-progress");
        assertEquals(0, r.code(), r.err());
        for (String name : List.of("junit.xml", "report.json", "report.html")) {
            assertTrue(Files.isRegularFile(dir.resolve(name)), name);
        }
        Path html = temp.resolve("docs.html");
        Run docs = run("docs", "--from", dir.toString(), "-o", html.toString());
        assertEquals(0, docs.code(), docs.err());
        assertTrue(Files.isRegularFile(html));
    }

    @Test
    @DisplayName("docs renders the living documentation without running anything")
    void docs() throws IOException {
        Path html = temp.resolve("out/docs.html");
        Run r = run("docs", "-o", html.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(html).contains("id=\"AB-SEG-001\""));
        assertError(run("docs", "--from", temp.resolve("missing").toString()), "--from: no file");
    }

    @Test
    @DisplayName("vectors replay prints every step and exits 0 when the file passes, 1 when it fails")
    void replay() {
        String file = "vectors/candidate-constraints/cons/cons-002-head-over-limit.yaml";
        Run ok = run("vectors", "replay", file);
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("ok   step 1  event append"), ok.out());
        assertTrue(ok.out().contains("=> PASSED"), ok.out());
        Run failing = run("vectors", "replay", "--implementation", FAULTY, file);
        assertEquals(1, failing.code(), failing.err());
        assertTrue(failing.out().contains("FAIL step 1  event append"), failing.out());
        assertTrue(failing.out().contains("but was accepted"), failing.out());
    }

    @Test
    @DisplayName("vectors replay of a malformed file exits 2 naming the file, line and field")
    void replayMalformed() throws IOException {
        String text = Files.readString(Path.of("vectors/candidate-constraints/cons/cons-002-head-over-limit.yaml"));
        Path bad = temp.resolve("bad.yaml");
        Files.writeString(bad, text.replaceFirst("outcome: \"accepted\"", "outcome: \"maybe\"")
                .replaceFirst("outcome: \"rejected\"", "outcome: \"maybe\""));
        Run r = run("vectors", "replay", bad.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains(bad + ":"), r.err());
        assertTrue(r.err().contains("steps[0].expect"), r.err());
        assertError(run("vectors", "replay", temp.resolve("none.yaml").toString()), "FILE: no file");
    }

    @Test
    @DisplayName("vectors generate writes the same set as the committed one")
    void generate() {
        Path dir = temp.resolve("vectors");
        Run r = run("vectors", "generate", dir.toString());
        assertEquals(0, r.code(), r.err());
        String committed = VectorSet.fromDirectory(Path.of("vectors")).sha256();
        assertTrue(r.out().contains("(sha256 " + committed + ")"), r.out());
    }

    @Test
    @DisplayName("abkit profiles lists every release with its date, variants and the rules each variant changes")
    void profilesListsReleases() {
        Run r = run("profiles");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("polkadot-sdk-stable2412  2024-12  [baseline]"), r.out());
        assertTrue(r.out().contains("polkadot-sdk-stable2503  2025-03\n  variants: claim-queue"), r.out());
        assertTrue(r.out().contains("polkadot-sdk-stable2506  2025-06"), r.out());
        assertTrue(r.out().contains("polkadot-sdk-stable2512  2025-12"), r.out());
        assertTrue(r.out().contains("PR 9712"), r.out());
        assertTrue(r.out().contains("AB-CONS-020"), r.out());
        assertTrue(r.out().contains("PR 8860"), r.out());
        assertTrue(r.out().contains("polkadot-sdk-master  2026 (up to commit"), r.out());
    }

    @Test
    @DisplayName("verify --detect-profile names the release profile the embedded reference follows")
    void detectProfile() {
        Run r = run("verify", "--detect-profile", "--subject", "candidate-constraints");
        assertEquals(0, r.code(), r.err());
        // Candidate constraints alone cannot tell stable2412 from stable2503 (claim-queue changes the node only).
        assertTrue(r.out().contains("matches: polkadot-sdk-stable2412, polkadot-sdk-stable2503\n"), r.out());
        Run release = run("verify", "--profile", "polkadot-sdk-stable2506", "--subject", "candidate-constraints",
                "--no-features", "--fuzz-cases", "0", "--no-report");
        assertEquals(0, release.code(), release.out() + release.err());
    }

    private static void assertError(Run r, String message) {
        assertEquals(2, r.code(), () -> "exit code; out: " + r.out() + " err: " + r.err());
        assertTrue(r.err().contains(message), () -> "expected '" + message + "' in: " + r.err());
    }
}

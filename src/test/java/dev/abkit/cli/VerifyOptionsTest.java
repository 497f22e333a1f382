package dev.abkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify's selection and stopping options: --list, --case, --fail-fast and --max-failures. */
class VerifyOptionsTest {
    private static final String FAULTY = HeadDataUnchecked.class.getName();

    private static Run run(String... more) {
        List<String> args = new ArrayList<>(List.of("verify", "--no-report", "--no-progress"));
        args.addAll(List.of(more));
        return Run.of(args);
    }

    @Test
    @DisplayName("--list shows the selected vectors and runs nothing")
    void list() {
        Run r = run("--list", "--rule", "AB-CONS-002", "--implementation", FAULTY);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("cons-002-head-over-limit") && r.out().contains("candidate-constraints"), r.out());
        assertTrue(r.out().matches("(?s).*\\n\\d+ of \\d+ vectors selected \\(rule AB-CONS-002\\*\\).*"), r.out());
        assertFalse(r.out().contains("CONFORMANT"), "nothing ran: " + r.out());
    }

    @Test
    @DisplayName("--case runs one vector by id, without features or fuzzing")
    void oneCase() {
        Run r = run("--case", "cons-002-head-over-limit", "--implementation", FAULTY);
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("1 cases: 0 passed, 1 failed"), r.out());
        Run passing = run("--case", "cons-002-head-at-limit");
        assertEquals(0, passing.code(), passing.err());
        assertTrue(passing.out().contains("1 cases: 1 passed"), passing.out());
        Run unknown = run("--case", "cons-002-head-over");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("--case: no vector has the id 'cons-002-head-over'; ids starting like it: "
                + "cons-002-head-at-limit, cons-002-head-over-limit"), unknown.err());
    }

    private static String[] with(String[] args, String... more) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    @DisplayName("--fail-fast stops at the first failure, --max-failures N after N")
    void stopping() {
        String[] faulty = {"--implementation", FAULTY, "--subject", "candidate-constraints", "--no-features",
            "--fuzz-cases", "30"};
        Run all = run(faulty);
        assertEquals(1, all.code());
        assertTrue(all.out().contains("failures (2):"), "a vector and a fuzz finding: " + all.out());
        Run fast = run(with(faulty, "--fail-fast"));
        assertEquals(1, fast.code(), fast.err());
        assertTrue(fast.out().contains("failures (1):") && fast.out().contains("stopped after 1 failure(s) "
                + "(--fail-fast)"), fast.out());
        Run two = run(with(faulty, "--max-failures", "2"));
        assertTrue(two.out().contains("failures (2):") && two.out().contains("(--max-failures 2)"), two.out());
        Run both = run("--fail-fast", "--max-failures", "2");
        assertEquals(2, both.code());
        assertTrue(both.err().contains("--fail-fast and --max-failures"), both.err());
    }

    @Test
    @DisplayName("smoke: the handshake and the shortest vector of each declared subject, every step shown")
    void smoke() {
        Run smoke = Run.of(List.of("smoke"));
        String out = smoke.out();
        assertEquals(0, smoke.code(), out);
        for (String subject : List.of("unincluded-segment", "prospective-parachains", "candidate-constraints",
                "runtime-acceptance", "pipeline", "collator")) {
            assertTrue(out.toString().matches("(?s).*\\n" + subject + " +ok .*"), subject + " in:\n" + out);
        }
        assertTrue(out.toString().contains("handshake: abkit-reference") && out.toString().contains("ok   step 1"),
                out.toString());
        assertTrue(out.toString().strip().endsWith("SMOKE OK: run 'abkit verify' for the full verdict"),
                out.toString());
    }

    @Test
    @DisplayName("report.html: failures first, fuzz findings in the summary table, upstream sources as links")
    void reportHtml(@TempDir Path dir) throws Exception {
        int code = Run.of(List.of("verify", "--implementation", FAULTY, "--subject", "candidate-constraints",
                "--no-features", "--fuzz-cases", "30", "--report-dir", dir.toString(), "--no-progress")).code();
        assertEquals(1, code);
        String html = Files.readString(dir.resolve("report.html"));
        int failures = html.indexOf("<section class=\"failures\">\n<h2>Failures (2)</h2>");
        assertTrue(failures > 0 && failures < html.indexOf("<h2>Summary</h2>"), "the failures come first");
        assertTrue(html.contains("<th class=\"n\">Fuzz<br/>findings</th>"), "a fuzz column");
        assertTrue(html.contains("<td class=\"n failed\">1</td>"), "the CONS row counts the fuzz finding");
        assertTrue(html.contains("<a href=\"https://github.com/paritytech/polkadot-sdk/blob/"), "sources are links");
        assertTrue(html.contains("<th>Seeds</th><td>1..30</td>"), "seeds as a range");
        assertTrue(html.contains("<b>cons-002-head-over-limit</b> <code>vectors/candidate-constraints/cons/"
                + "cons-002-head-over-limit.yaml</code>"), "each rule lists its vectors");
    }
}

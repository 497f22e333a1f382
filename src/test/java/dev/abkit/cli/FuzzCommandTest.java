package dev.abkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.fuzz.FuzzVerdicts;
import dev.abkit.process.ReferenceServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code abkit fuzz} on the command-line parser of every verb: a finding is printed with a replay command that
 * reproduces it against the same implementation, a process can be fuzzed, and bad options exit 2.
 */
class FuzzCommandTest {
    private static final String FAULTY = HeadDataUnchecked.class.getName();

    @TempDir
    Path temp;

    private static Run run(List<String> args) {
        return Run.of(args);
    }

    private static List<String> replayLines(String out) {
        return out.lines().filter(l -> l.startsWith("replay: abkit ")).map(l -> l.substring("replay: ".length()))
                .toList();
    }

    @Test
    @DisplayName("a finding's printed replay command reproduces the failure; without the implementation it passes")
    void replayCommandReproducesTheFinding() {
        Run fuzz = run(List.of("fuzz", "--implementation", FAULTY, "--subject", "candidate-constraints", "--cases",
                "30", "--out", temp.toString(), "--no-progress"));
        assertEquals(1, fuzz.code(), fuzz.out() + fuzz.err());
        List<String> replays = replayLines(fuzz.out());
        assertEquals(1, replays.size(), fuzz.out());
        List<String> words = CommandWords.split(replays.get(0));
        assertEquals(List.of("abkit", "vectors", "replay"), words.subList(0, 3));
        assertTrue(words.containsAll(List.of("--implementation", FAULTY)), replays.get(0));
        Run replay = run(words.subList(1, words.size()));
        assertEquals(1, replay.code(), replay.out() + replay.err());
        assertTrue(replay.out().contains("FAIL step 1"), replay.out());
        Run againstReference = run(words.subList(1, 4));
        assertEquals(0, againstReference.code(), "the finding is the implementation's: " + againstReference.out());
    }

    @Test
    @DisplayName("verify's fuzz findings carry the same replay command, with the implementation and profile")
    void verifyFindingsReplay() {
        Run r = run(List.of("verify", "--implementation", FAULTY, "--subject", "candidate-constraints",
                "--no-features", "--fuzz-cases", "30", "--report-dir", temp.resolve("report").toString(),
                "--no-progress"));
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("replay: abkit vectors replay " + temp.resolve("report").resolve("fuzz"))
                && r.out().contains(" --implementation " + FAULTY + ")"), r.out());
    }

    @Test
    @DisplayName("fuzz takes a release name for --profile and refuses an unknown one with exit 2")
    void fuzzUnderARelease() {
        Run r = run(List.of("fuzz", "--profile", "polkadot-sdk-master", "--subject", "candidate-constraints",
                "--cases", "30", "--out", temp.toString(), "--no-progress"));
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("cases 30"), r.out());
        Run unknown = run(List.of("fuzz", "--profile", "polkadot-sdk-stable2507", "--cases", "1", "--out",
                temp.toString(), "--no-progress"));
        assertEquals(2, unknown.code(), unknown.out() + unknown.err());
        assertTrue(unknown.err().contains("--profile: expected a release from"), unknown.err());
    }

    @Test
    @DisplayName("a process is fuzzed through --process; its replay command names the process and the profile")
    void fuzzAProcess() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String server = String.join(" ", java, "-XX:TieredStopAtLevel=1", "-cp", classPath,
                ReferenceServer.class.getName());
        Run r = run(List.of("fuzz", "--process", server, "--subject", "unincluded-segment", "--cases", "5",
                "--out", temp.toString(), "--no-progress"));
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("cases 5 {UNINCLUDED_SEGMENT=5}"), r.out());
        List<String> args = new ArrayList<>(List.of("--process", "./my node --abkit", "--profile",
                "watermark-equal-allowed"));
        assertEquals("abkit vectors replay out/x.yaml --process './my node --abkit' --profile watermark-equal-allowed",
                FuzzVerdicts.replayCommand("out/x.yaml", args));
    }

    @Test
    @DisplayName("fuzz --help lists the process options, sharding and the exit codes")
    void help() {
        Run r = run(List.of("fuzz", "--help"));
        assertEquals(0, r.code());
        for (String text : List.of("--process=COMMAND", "--process-timeout", "--profile", "--shard=I/N", "--time",
                "--cases", "Exit codes:", "3     a bug in the kit")) {
            assertTrue(r.out().contains(text), () -> text + " in:\n" + r.out());
        }
    }
}

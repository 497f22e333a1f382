package dev.abkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.abkit.fuzz.FuzzReport;
import dev.abkit.fuzz.FuzzReportFile;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A campaign split over machines: N shard processes, each {@code fuzz --shard I/N --report FILE}, joined by
 * {@code fuzz merge}, give the report and the shrunk findings of one process running every seed.
 */
class FuzzShardsTest {
    private static final String FAULTY = HeadDataUnchecked.class.getName();
    private static final int SHARDS = 3;

    @Test
    @DisplayName("the merge of three shard processes equals the single-process campaign of the same seeds")
    void mergedShardsEqualOneCampaign(@TempDir Path dir) throws Exception {
        List<String> campaign = List.of("fuzz", "--implementation", FAULTY, "--seeds", "0..239", "--cases", "1000");
        Path single = dir.resolve("single.json");
        Run one = Run.of(concat(campaign, "--report", single.toString(), "--out", dir.resolve("one").toString()));
        assertEquals(1, one.code(), one.out() + one.err());

        List<Process> shards = new ArrayList<>();
        for (int i = 0; i < SHARDS; i++) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-XX:TieredStopAtLevel=1", "-cp", classPath(), Main.class.getName()));
            command.addAll(concat(campaign, "--shard", i + "/" + SHARDS, "--report",
                    dir.resolve("shard-" + i + ".json").toString(), "--out", dir.resolve("shard-" + i).toString()));
            shards.add(new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("shard-" + i + ".log").toFile()).start());
        }
        for (int i = 0; i < SHARDS; i++) {
            assertTrue(shards.get(i).waitFor(120, TimeUnit.SECONDS), "shard " + i + " did not end");
            assertEquals(1, shards.get(i).exitValue(), Files.readString(dir.resolve("shard-" + i + ".log")));
        }

        Path merged = dir.resolve("merged.json");
        List<String> merge = new ArrayList<>(List.of("fuzz", "merge", "--report", merged.toString(), "--out",
                dir.resolve("merged").toString()));
        for (int i = 0; i < SHARDS; i++) {
            merge.add(dir.resolve("shard-" + i + ".json").toString());
        }
        Run joined = Run.of(merge);
        assertEquals(1, joined.code(), joined.out() + joined.err());
        assertTrue(joined.out().contains("merged 3 shard reports"), joined.out());

        FuzzReport whole = FuzzReportFile.read(single);
        FuzzReport sum = FuzzReportFile.read(merged);
        assertTrue(whole.failures().size() >= 1, "the faulty implementation must be caught: " + one.out());
        assertTrue(whole.totalCases() == 240, "every seed ran once: " + whole.cases());
        assertEquals(FuzzReportFile.toJson(whole.results()), FuzzReportFile.toJson(sum.results()));
        assertEquals(vectors(dir.resolve("one")), vectors(dir.resolve("merged")));
    }

    @Test
    @DisplayName("a report file that is not a fuzz report is a usage error naming the file")
    void badReport(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"abkit-report/1\"}");
        Run run = Run.of(List.of("fuzz", "merge", bad.toString()));
        assertEquals(2, run.code());
        assertTrue(run.err().contains("expected a fuzz report with format abkit-fuzz-report/1") && run.err()
                .contains(bad.toString()), run.err());
    }

    /** Every vector file under the folder (one per implementation), by name, with its text. */
    private static Map<String, String> vectors(Path out) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(out)) {
            for (Path p : all.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        assertTrue(!files.isEmpty(), "no shrunk vector under " + out);
        return files;
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }

    private static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                .replace(File.pathSeparator + File.pathSeparator, File.pathSeparator);
    }
}

package dev.abkit.fuzz;

import dev.abkit.catalog.Catalog;
import dev.abkit.catalog.Subject;
import dev.abkit.spi.Implementation;
import dev.abkit.spi.Implementations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * Runs a fuzz campaign from the command line and prints its report. Exit code 0 when nothing was found, 1 when a
 * failure was found, 2 on a usage error.
 *
 * <pre>
 * --seeds FROM..TO      seed range, both included (default 0..)
 * --cases N             cases per subject (default {@value FuzzCampaign#DEFAULT_CASES})
 * --shard K/N           run only the seeds with seed mod N == K
 * --out DIR             write each shrunk failure as a vector under DIR
 * --implementation CLS  the implementation under test (default: the configured one, else the reference)
 * --subject KEY[,KEY]   only these subjects
 * --time SECONDS        start no case after this long
 * </pre>
 */
public final class FuzzMain {
    private FuzzMain() {
    }

    public static void main(String[] args) {
        int code;
        try {
            code = run(args);
        } catch (IllegalArgumentException e) {
            System.err.println("abkit fuzz: " + e.getMessage());
            code = 2;
        }
        System.exit(code);
    }

    /** Runs the campaign the arguments describe and returns the exit code. */
    public static int run(String... args) {
        FuzzCampaign campaign = null;
        Implementation implementation = null;
        long first = 0;
        long last = Long.MAX_VALUE;
        int cases = FuzzCampaign.DEFAULT_CASES;
        int shardIndex = 0;
        int shardCount = 1;
        Path out = null;
        Set<Subject> subjects = EnumSet.noneOf(Subject.class);
        Duration time = Duration.ofDays(1);
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("expected a value after " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--seeds" -> {
                    String[] range = value.split("\\.\\.", -1);
                    first = parseLong(range[0], option);
                    last = range.length > 1 && !range[1].isEmpty() ? parseLong(range[1], option) : Long.MAX_VALUE;
                }
                case "--cases" -> cases = (int) parseLong(value, option);
                case "--shard" -> {
                    String[] parts = value.split("/");
                    if (parts.length != 2) {
                        throw new IllegalArgumentException("expected --shard K/N but was '" + value + "'");
                    }
                    shardIndex = (int) parseLong(parts[0], option);
                    shardCount = (int) parseLong(parts[1], option);
                }
                case "--out" -> out = Path.of(value);
                case "--implementation" -> implementation = Implementations.byClassName(value);
                case "--subject" -> {
                    for (String key : value.split(",")) {
                        subjects.add(Subject.fromKey(key.trim()));
                    }
                }
                case "--time" -> time = Duration.ofSeconds(parseLong(value, option));
                default -> throw new IllegalArgumentException("unknown option " + option + " (expected --seeds, "
                        + "--cases, --shard, --out, --implementation, --subject or --time)");
            }
        }
        campaign = FuzzCampaign.of(implementation == null ? Implementations.configured() : implementation)
                .seeds(first, last).cases(cases).shard(shardIndex, shardCount).timeLimit(time);
        if (!subjects.isEmpty()) {
            campaign = campaign.subjects(subjects);
        }
        if (out != null) {
            campaign = campaign.writeTo(out);
        }
        FuzzReport report = campaign.run();
        System.out.print(report.render(Catalog.load()));
        return report.hasFailures() ? 1 : 0;
    }

    private static long parseLong(String text, String option) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number for " + option + " but was '" + text + "'");
        }
    }
}

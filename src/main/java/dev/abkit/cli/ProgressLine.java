package dev.abkit.cli;

import dev.abkit.conformance.Progress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress display on stderr, rewritten in place with a carriage return at most every 100 ms and wiped
 * at the end, so that it never mixes with the report on stdout.
 */
final class ProgressLine implements Progress {
    private static final long INTERVAL_NANOS = 100_000_000L;
    private static final int WIDTH = 79;

    private final PrintWriter err;
    private long last;
    private boolean shown;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    /** Whether to show progress: as asked, or by default when the terminal is interactive. */
    static boolean wanted(Boolean option) {
        if (option != null) {
            return option;
        }
        String term = System.getenv("TERM");
        return System.console() != null && !"dumb".equals(term);
    }

    @Override
    public void advance(String phase, int done, int total, String current) {
        long now = System.nanoTime();
        if (done != total && now - last < INTERVAL_NANOS) {
            return;
        }
        last = now;
        String text = String.format(Locale.ROOT, "%s %d/%d %s", phase, done, total, current);
        if (text.length() > WIDTH) {
            text = text.substring(0, WIDTH - 1) + "…";
        }
        err.print("\r" + text + " ".repeat(WIDTH - text.length()));
        err.flush();
        shown = true;
    }

    /** Wipes the line. */
    void clear() {
        if (shown) {
            err.print("\r" + " ".repeat(WIDTH) + "\r");
            err.flush();
            shown = false;
        }
    }
}

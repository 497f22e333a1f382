package dev.abkit.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Drains a process's stderr on a daemon thread, so that a chatty process never blocks on a full pipe, and keeps the
 * last lines for failure messages. Long lines are cut.
 */
final class StderrTail {
    private static final int MAX_LINE_CHARS = 400;

    private final int keep;
    private final Deque<String> lines = new ArrayDeque<>();
    private long total;
    private final Thread thread;

    private StderrTail(int keep, InputStream stream, String name) {
        this.keep = keep;
        this.thread = new Thread(() -> drain(stream), name);
        thread.setDaemon(true);
    }

    static StderrTail start(int keep, InputStream stream, String name) {
        StderrTail tail = new StderrTail(keep, stream, name);
        tail.thread.start();
        return tail;
    }

    private void drain(InputStream stream) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (stream) {
            int n;
            while ((n = stream.read(buffer)) >= 0) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        add(line);
                    } else if (line.size() < MAX_LINE_CHARS * 4) {
                        line.write(b);
                    }
                }
            }
        } catch (IOException e) {
            // The stream closes when the kit kills the process; what was read so far is kept.
        }
        if (line.size() > 0) {
            add(line);
        }
    }

    private void add(ByteArrayOutputStream bytes) {
        String text = Printable.of(bytes.toString(StandardCharsets.UTF_8).stripTrailing());
        bytes.reset();
        if (text.length() > MAX_LINE_CHARS) {
            text = text.substring(0, MAX_LINE_CHARS) + "...(cut)";
        }
        synchronized (lines) {
            total++;
            if (keep == 0) {
                return;
            }
            if (lines.size() == keep) {
                lines.removeFirst();
            }
            lines.addLast(text);
        }
    }

    /** Waits a bounded time for the stream's end, so that a crashed process's last words are read. */
    void awaitEnd(long millis) {
        try {
            thread.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<String> lastLines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** The kept lines as a block to append to a failure message, or nothing when stderr was silent. */
    String render() {
        List<String> last;
        long count;
        synchronized (lines) {
            last = List.copyOf(lines);
            count = total;
        }
        if (last.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("\n    stderr (last ").append(last.size()).append(" of ")
                .append(count).append(" lines):");
        for (String l : last) {
            text.append("\n    > ").append(l);
        }
        return text.toString();
    }
}

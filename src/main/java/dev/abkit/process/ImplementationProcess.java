package dev.abkit.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.abkit.process.ProcessFaultException.Fault;
import dev.abkit.vectors.DomainJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One running implementation process: requests go to its stdin as JSON lines, replies come back from its stdout.
 * Every wait is bounded; reader and writer threads are daemons, so a process that misbehaves in any way costs at
 * most one timeout and never hangs the kit. After a fatal fault the process is killed, with its descendants.
 */
final class ImplementationProcess {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ObjectMapper JSON = DomainJson.mapper();

    private final ProcessSettings settings;
    private final Process process;
    private final OutputStream stdin;
    private final BlockingQueue<ReplyLine> replies = new LinkedBlockingQueue<>();
    private final StderrTail stderr;
    private final ExecutorService writer;
    private final ByteArrayOutputStream posted = new ByteArrayOutputStream();
    private long nextId = 1;
    private long requests;
    private volatile String death = "";

    private ImplementationProcess(ProcessSettings settings, Process process) {
        this.settings = settings;
        this.process = process;
        this.stdin = process.getOutputStream();
        int n = THREADS.incrementAndGet();
        this.stderr = StderrTail.start(settings.stderrLines(), process.getErrorStream(), "abkit-process-stderr-" + n);
        Thread reader = new Thread(() -> readReplies(process.getInputStream()), "abkit-process-stdout-" + n);
        reader.setDaemon(true);
        reader.start();
        this.writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "abkit-process-stdin-" + n);
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the command, without a shell. */
    static ImplementationProcess launch(ProcessSettings settings) {
        ProcessBuilder builder = new ProcessBuilder(settings.command())
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectOutput(ProcessBuilder.Redirect.PIPE)
                .redirectError(ProcessBuilder.Redirect.PIPE);
        try {
            return new ImplementationProcess(settings, builder.start());
        } catch (IOException | RuntimeException e) {
            throw new ProcessFaultException(Fault.START_FAILED, "cannot start the implementation process "
                    + String.join(" ", settings.command()) + ": " + startError(e) + startHint(settings.command(), e),
                    e);
        }
    }

    /** The operating system's reason, without Java's "Cannot run program" wrapping. */
    private static String startError(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int cut = message.indexOf("error=");
        if (cut >= 0) {
            int comma = message.indexOf(", ", cut);
            return comma < 0 ? message.substring(cut) : message.substring(comma + 2);
        }
        return message;
    }

    private static String startHint(List<String> command, Exception e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("error=2,") || message.contains("No such file")) {
            return "; check the program's path: it is started without a shell, so it must be an executable file "
                    + "(a relative path starts at " + Path.of("").toAbsolutePath() + ") or a program on the PATH";
        }
        if (message.contains("error=13,") || message.contains("Permission denied")) {
            return "; make the program executable (chmod +x " + command.get(0) + ") or name its interpreter, "
                    + "e.g. --process \"python3 " + command.get(0) + "\"";
        }
        if (message.contains("error=8,") || message.contains("Exec format error")) {
            return "; a script needs a shebang line such as #!/usr/bin/env python3, or name its interpreter, e.g. "
                    + "--process \"python3 " + command.get(0) + "\"";
        }
        return "";
    }

    /** A reply line as the reader saw it: text, or the end of the stream, or a line over the cap. */
    private record ReplyLine(String text, boolean end, boolean oversized) {
    }

    private void readReplies(InputStream stream) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        try (stream) {
            int n;
            while ((n = stream.read(buffer)) >= 0) {
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        line.write(buffer, start, i - start);
                        start = i + 1;
                        if (line.size() > settings.maxLineBytes()) {
                            replies.add(new ReplyLine("", false, true));
                            return;
                        }
                        replies.add(new ReplyLine(line.toString(StandardCharsets.UTF_8), false, false));
                        line.reset();
                    }
                }
                line.write(buffer, start, n - start);
                if (line.size() > settings.maxLineBytes()) {
                    // The rest of the stream is out of step with the requests: stop reading, the kit kills it.
                    replies.add(new ReplyLine("", false, true));
                    return;
                }
            }
        } catch (IOException e) {
            // Closed because the process died or was killed: reported as the end of the stream.
        }
        replies.add(new ReplyLine("", true, false));
    }

    long pid() {
        return process.pid();
    }

    long requests() {
        return requests;
    }

    boolean isAlive() {
        return death.isEmpty() && process.isAlive();
    }

    /** Why the process is no longer usable, or empty while it is. */
    String death() {
        if (!death.isEmpty()) {
            return death;
        }
        return process.isAlive() ? "" : "it exited with status " + process.exitValue();
    }

    /**
     * Sends one request and returns its reply. The request's fields follow a fresh {@code id}. An error reply, or
     * any fault, throws {@link ProcessFaultException}; fatal faults kill the process first.
     */
    JsonNode request(String type, Map<String, JsonNode> fields, Duration timeout, String what) {
        Request request = encode(type, fields, what);
        long id = request.id();
        byte[] line = request.line();
        long deadline = System.nanoTime() + timeout.toNanos();
        flushPosted();
        send(line, timeout, what, id);
        ReplyLine reply = awaitLine(deadline, timeout, what, id);
        return check(reply, what, id);
    }

    /** A request's id and its encoded line. */
    private record Request(long id, byte[] line) {
    }

    /** A request with the next id, encoded as one line, once the process is known to be running. */
    private Request encode(String type, Map<String, JsonNode> fields, String what) {
        if (!isAlive()) {
            awaitExit();
            throw fault(Fault.EXITED, "the implementation process is no longer running (" + death() + ") when the "
                    + "kit wanted to send " + what);
        }
        long id = nextId++;
        requests++;
        ObjectNode request = JSON.createObjectNode();
        request.put("id", id);
        request.put("type", type);
        fields.forEach(request::set);
        try {
            return new Request(id, (JSON.writeValueAsString(request) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode the request " + what, e);
        }
    }

    /**
     * Sends one request without waiting for its reply (protocol version 2 pipelines requests): the returned id is
     * passed to {@link #receive} later, in the order the requests were posted. A write the process does not take
     * shows up as a timeout or an exit when its reply is awaited.
     */
    long post(String type, Map<String, JsonNode> fields, String what) {
        Request request = encode(type, fields, what);
        long id = request.id();
        byte[] line = request.line();
        posted.write(line, 0, line.length);
        return id;
    }

    /** Hands the requests posted since the last call to the writer, in one write. */
    void flushPosted() {
        if (posted.size() == 0) {
            return;
        }
        byte[] lines = posted.toByteArray();
        posted.reset();
        try {
            writer.execute(() -> {
                try {
                    stdin.write(lines);
                    stdin.flush();
                } catch (IOException e) {
                    // The process closed its stdin or died: the reply that never comes reports it.
                }
            });
        } catch (RejectedExecutionException e) {
            // Killed meanwhile: the reply that never comes reports it.
        }
    }

    /** The reply to the posted request {@code id}; replies come in the order of their requests. */
    JsonNode receive(long id, Duration timeout, String what) {
        flushPosted();
        long deadline = System.nanoTime() + timeout.toNanos();
        return check(awaitLine(deadline, timeout, what, id), what, id);
    }

    private void send(byte[] line, Duration timeout, String what, long id) {
        Future<?> write = writer.submit(() -> {
            stdin.write(line);
            stdin.flush();
            return null;
        });
        try {
            write.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw fatal(Fault.TIMEOUT, "the implementation process did not read " + describe(what, id) + " within "
                    + timeout.toMillis() + " ms (its stdin is full)");
        } catch (ExecutionException e) {
            awaitExit();
            throw fatal(Fault.EXITED, "the implementation process " + exitDescription() + " before the kit could send "
                    + describe(what, id) + " (" + e.getCause().getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fatal(Fault.TIMEOUT, "interrupted while sending " + describe(what, id));
        }
    }

    private ReplyLine awaitLine(long deadline, Duration timeout, String what, long id) {
        ReplyLine reply;
        try {
            reply = replies.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fatal(Fault.TIMEOUT, "interrupted while waiting for the reply to " + describe(what, id));
        }
        if (reply == null) {
            throw fatal(Fault.TIMEOUT, "the implementation process did not answer " + describe(what, id)
                    + " within " + timeout.toMillis() + " ms; the kit killed it");
        }
        if (reply.end()) {
            awaitExit();
            throw fatal(Fault.EXITED, "the implementation process " + exitDescription() + " while the kit waited for "
                    + "the reply to " + describe(what, id));
        }
        if (reply.oversized()) {
            throw fatal(Fault.OVERSIZED_LINE, "the implementation process wrote a line longer than "
                    + settings.maxLineBytes() + " bytes in reply to " + describe(what, id) + "; the kit killed it");
        }
        return reply;
    }

    private JsonNode check(ReplyLine reply, String what, long id) {
        JsonNode node;
        try {
            node = JSON.readTree(reply.text());
        } catch (JsonProcessingException e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            throw fatal(Fault.MALFORMED_OUTPUT, "the implementation process wrote a line that is not a JSON object "
                    + "in reply to " + describe(what, id) + ": " + quote(reply.text()) + "; the kit killed it");
        }
        JsonNode replyId = node.get("id");
        boolean nullId = replyId == null || replyId.isNull();
        if (nullId && node.has("error")) {
            throw errorReply(node, what, id);
        }
        if (nullId || !replyId.isIntegralNumber() || replyId.asLong() != id) {
            throw fatal(Fault.WRONG_ID, "the implementation process answered " + describe(what, id) + " with id "
                    + (replyId == null ? "(none)" : replyId.toString()) + ": " + quote(reply.text())
                    + "; the kit killed it");
        }
        if (node.has("error")) {
            throw errorReply(node, what, id);
        }
        return node;
    }

    private ProcessFaultException errorReply(JsonNode node, String what, long id) {
        JsonNode error = node.get("error");
        String kind = error.path("kind").asText("");
        String message = error.path("message").asText("");
        if (!List.of("unsupported", "malformed", "internal").contains(kind)) {
            return fault(Fault.BAD_REPLY, "the implementation process answered " + describe(what, id)
                    + " with an error of unknown kind: " + quote(node.toString()));
        }
        return fault(Fault.ERROR_REPLY, "the implementation answered " + describe(what, id) + " with an error ("
                + kind + "): " + message);
    }

    /** A non-fatal fault: the process stays. */
    ProcessFaultException fault(Fault kind, String message) {
        return new ProcessFaultException(kind, message + context());
    }

    /** A fatal fault: the process is killed, with its descendants, before the exception is built. */
    ProcessFaultException fatal(Fault kind, String message) {
        kill(message);
        stderr.awaitEnd(500);
        return new ProcessFaultException(kind, message + context());
    }

    private String context() {
        return " | process: pid " + process.pid() + " " + settings.command().get(0) + stderr.render();
    }

    private void awaitExit() {
        try {
            process.waitFor(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stderr.awaitEnd(500);
    }

    private String exitDescription() {
        return process.isAlive() ? "closed its stdout" : "exited with status " + process.exitValue();
    }

    /** Kills the process and every process it started; bounded. */
    void kill(String reason) {
        if (death.isEmpty()) {
            death = reason.length() > 200 ? reason.substring(0, 200) + "..." : reason;
        }
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writer.shutdownNow();
        closeQuietly();
    }

    /**
     * Ends the process politely: {@code bye}, then a bounded wait for it to exit, then a kill if it has not. Faults
     * during the goodbye are ignored: the run is over.
     */
    void shutdown(Duration timeout) {
        if (isAlive()) {
            try {
                request("bye", Map.of(), timeout, "bye");
                process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ProcessFaultException e) {
                // Already killed by the fault.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (process.isAlive() || process.descendants().findAny().isPresent()) {
            kill("shut down by the kit");
        } else {
            death = death.isEmpty() ? "shut down by the kit" : death;
            writer.shutdownNow();
            closeQuietly();
        }
    }

    private void closeQuietly() {
        try {
            stdin.close();
        } catch (IOException e) {
            // The pipe is gone with the process.
        }
    }

    private static String describe(String what, long id) {
        return what + " (request id " + id + ")";
    }

    private static String quote(String text) {
        String cut = text.length() > 200 ? text.substring(0, 200) + "...(" + text.length() + " chars)" : text;
        return "'" + Printable.of(cut) + "'";
    }
}

package dev.abkit.process;

import java.time.Duration;
import java.util.List;

/**
 * How the kit runs an implementation process.
 *
 * @param command the program and its arguments, started directly (no shell)
 * @param requestTimeout how long the kit waits for the reply to one request before it kills the process
 * @param startupTimeout how long the kit waits for the reply to {@code hello} after starting the process
 * @param maxLineBytes the longest reply line the kit reads; a longer one is a fault
 * @param stderrLines how many of the last stderr lines a failure message quotes
 * @param maxConsecutiveFaults after this many cases of one subject in a row ended in a fatal fault (crash, hang,
 *     garbage), the remaining cases of that subject are not run; 0 never gives up
 */
public record ProcessSettings(List<String> command, Duration requestTimeout, Duration startupTimeout,
        int maxLineBytes, int stderrLines, int maxConsecutiveFaults) {
    /** The default request timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    /** The default wait for the hello reply: a JVM or an interpreter may take a while to start. */
    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(20);
    /** The default cap on a reply line: 8 MiB. */
    public static final int DEFAULT_MAX_LINE_BYTES = 8 * 1024 * 1024;
    /** The default number of stderr lines kept for failure messages. */
    public static final int DEFAULT_STDERR_LINES = 20;
    /** The default number of consecutive faulted cases of a subject after which its other cases are not run. */
    public static final int DEFAULT_MAX_CONSECUTIVE_FAULTS = 3;

    public ProcessSettings {
        command = List.copyOf(command);
        if (command.isEmpty() || command.get(0).isBlank()) {
            throw new IllegalArgumentException("expected a command (program and arguments) but was " + command);
        }
        if (requestTimeout == null || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("expected a positive request timeout but was " + requestTimeout);
        }
        if (startupTimeout == null || startupTimeout.isNegative() || startupTimeout.isZero()) {
            throw new IllegalArgumentException("expected a positive startup timeout but was " + startupTimeout);
        }
        if (maxLineBytes < 1024) {
            throw new IllegalArgumentException("expected a line cap of at least 1024 bytes but was " + maxLineBytes);
        }
        if (stderrLines < 0) {
            throw new IllegalArgumentException("expected a non-negative stderr line count but was " + stderrLines);
        }
        if (maxConsecutiveFaults < 0) {
            throw new IllegalArgumentException("expected a non-negative number of faults (0: never give up) but was "
                    + maxConsecutiveFaults);
        }
    }

    /** The defaults, with {@code command} and a request timeout. */
    public static ProcessSettings of(List<String> command, Duration requestTimeout) {
        return new ProcessSettings(command, requestTimeout,
                requestTimeout.compareTo(DEFAULT_STARTUP_TIMEOUT) > 0 ? requestTimeout : DEFAULT_STARTUP_TIMEOUT,
                DEFAULT_MAX_LINE_BYTES, DEFAULT_STDERR_LINES, DEFAULT_MAX_CONSECUTIVE_FAULTS);
    }

    public ProcessSettings withStartupTimeout(Duration timeout) {
        return new ProcessSettings(command, requestTimeout, timeout, maxLineBytes, stderrLines, maxConsecutiveFaults);
    }

    public ProcessSettings withMaxLineBytes(int bytes) {
        return new ProcessSettings(command, requestTimeout, startupTimeout, bytes, stderrLines, maxConsecutiveFaults);
    }

    public ProcessSettings withStderrLines(int lines) {
        return new ProcessSettings(command, requestTimeout, startupTimeout, maxLineBytes, lines, maxConsecutiveFaults);
    }

    public ProcessSettings withMaxConsecutiveFaults(int faults) {
        return new ProcessSettings(command, requestTimeout, startupTimeout, maxLineBytes, stderrLines, faults);
    }
}

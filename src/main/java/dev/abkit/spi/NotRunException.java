package dev.abkit.spi;

/**
 * The kit did not run a case because the implementation is out of service for its subject: a process that failed
 * too many cases in a row (crashed, hung, answered garbage) gets no more of them. Runners report the case as not
 * run, with this message as the reason, instead of spending a timeout and a restart on each.
 */
public final class NotRunException extends RuntimeException {
    public NotRunException(String reason) {
        super(reason);
    }
}

package dev.abkit.process;

/**
 * The implementation process misbehaved: it could not be started, exited, did not answer in time, wrote something
 * that is not a protocol reply, or answered with an error. The vector runner turns it into a failure of the case at
 * hand; {@link #fault()} says which kind, and the message ends with the last lines the process wrote to stderr.
 */
public final class ProcessFaultException extends RuntimeException {
    /** The kinds of misbehaviour; all but {@link #ERROR_REPLY} and {@link #BAD_REPLY} cost the process its life. */
    public enum Fault {
        /** The command could not be started, or the process failed the hello handshake. */
        START_FAILED,
        /** The process exited, or closed its stdout, while the kit waited for a reply. */
        EXITED,
        /** No reply within the request timeout; the kit killed the process. */
        TIMEOUT,
        /** A line on stdout that is not a JSON object. */
        MALFORMED_OUTPUT,
        /** A line on stdout longer than the configured cap. */
        OVERSIZED_LINE,
        /** A reply whose id is not the id of the request. */
        WRONG_ID,
        /** A well-formed error reply: the implementation refused or failed the request. */
        ERROR_REPLY,
        /** A reply of the right id whose content does not have the shape the request calls for. */
        BAD_REPLY,
        /** A subject instance used after the process was replaced or another instance was reset. */
        STALE_INSTANCE
    }

    private final Fault fault;

    public ProcessFaultException(Fault fault, String message) {
        super(message);
        this.fault = fault;
    }

    public ProcessFaultException(Fault fault, String message, Throwable cause) {
        super(message, cause);
        this.fault = fault;
    }

    public Fault fault() {
        return fault;
    }

    /** Whether the process is unusable after this fault and must be replaced before the next case. */
    public boolean isFatal() {
        return fault != Fault.ERROR_REPLY && fault != Fault.BAD_REPLY && fault != Fault.STALE_INSTANCE;
    }
}

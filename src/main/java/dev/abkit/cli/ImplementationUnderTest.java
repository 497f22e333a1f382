package dev.abkit.cli;

import dev.abkit.spi.Implementation;

/**
 * The implementation a command runs against, with how it was plugged in.
 *
 * @param implementation the implementation
 * @param origin how it was found, for reports: {@code embedded reference}, {@code class com.example.MyNode}, ...
 * @param protocolVersion the wire protocol version of an out-of-process implementation; empty in process
 */
record ImplementationUnderTest(Implementation implementation, String origin, String protocolVersion)
        implements AutoCloseable {

    /** Releases what the implementation holds (a child process, say) if it is closeable. */
    @Override
    public void close() {
        if (implementation instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("cannot release " + origin + ": " + e.getMessage(), e);
            }
        }
    }
}

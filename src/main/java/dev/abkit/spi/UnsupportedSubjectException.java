package dev.abkit.spi;

import dev.abkit.catalog.Subject;

/** Thrown when the kit asks an implementation for a subject its capabilities do not list. */
public final class UnsupportedSubjectException extends RuntimeException {
    public UnsupportedSubjectException(String implementation, Subject subject) {
        super(implementation + " does not provide the subject " + subject.key());
    }
}

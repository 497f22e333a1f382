package dev.abkit.reference.collator;

/** What a block does with the relay chain's code-upgrade signal (AB-RTD-003). */
public enum GoAheadAction {
    /** No signal: nothing to do. */
    NOTHING,
    /** Go-ahead: the pending code becomes the runtime's code (event ValidationFunctionApplied). */
    APPLY_CODE,
    /** Abort: the pending code is discarded (event ValidationFunctionDiscarded). */
    DISCARD_CODE,
    /** An unincluded ancestor already acted on this signal: the block does nothing. */
    IGNORE_CONSUMED,
    /** The block panics: the relay reports another signal than the one consumed in the segment. */
    PANIC_SIGNAL_MISMATCH,
    /** The block panics: a go-ahead arrives but no validation code is pending. */
    PANIC_NO_PENDING_CODE
}

package dev.abkit.reference.collator;

/** Whether the collator asked the runtime's {@code can_build_upon}, and with which slot. */
public sealed interface RuntimeCall permits RuntimeCall.NotCalled, RuntimeCall.CalledWithSlot {
    /** The decision was taken without asking the runtime. */
    record NotCalled() implements RuntimeCall {
    }

    /** The runtime was asked with this slot. */
    record CalledWithSlot(long slot) implements RuntimeCall {
    }
}

package dev.abkit.reference.constraints;

import dev.abkit.model.RelayBlockNumber;

/** A code upgrade the relay chain has scheduled for the para: none, or new code that applies from a block on. */
public sealed interface FutureCode permits FutureCode.None, FutureCode.Scheduled {
    FutureCode NONE = new None();

    /** No upgrade is scheduled. */
    record None() implements FutureCode {
    }

    /** Candidates whose relay parent number is at least {@code at} apply the upgrade to {@code hash}. */
    record Scheduled(RelayBlockNumber at, ValidationCodeHash hash) implements FutureCode {
        public Scheduled {
            if (at == null || hash == null) {
                throw new IllegalArgumentException("a scheduled upgrade needs a block number and a code hash");
            }
        }
    }
}

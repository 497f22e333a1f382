package dev.abkit.reference.segment;

/**
 * The relay chain's answer to a scheduled validation-code upgrade, as the relay-parent state proof reports it, or
 * as an ancestor consumed it. {@link #NONE} stands for no signal.
 */
public enum UpgradeSignal {
    NONE,
    GO_AHEAD,
    ABORT;

    public boolean isPresent() {
        return this != NONE;
    }
}

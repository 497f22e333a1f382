package dev.abkit.catalog;

/** How binding a rule is, in the sense of RFC 2119. */
public enum Level {
    MUST,
    SHOULD,
    MAY
}
